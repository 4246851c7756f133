import type { Locale } from "@madoguchi/core/locale/locale";
import { teams } from "@madoguchi/core/team/teams";
import { troubleType as troubleTypeOf } from "@madoguchi/core/trouble/trouble-types";
import { Breadcrumb } from "@madoguchi/ui/breadcrumb";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleList } from "@/components/article-list";
import { JsonLd } from "@/components/json-ld";
import { pageMetadata } from "@/components/page-metadata";
import { SearchForm } from "@/components/search-form";
import { webBaseUrl } from "@/config/env";
import { dictionary } from "@/i18n/dictionary";
import { localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";
import { pageLocale } from "../../locale-params";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const loadCategory = cache(async (locale: Locale, slug: string) => {
  try {
    return await publicCaller().helpCenter.category({ locale, slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const category = await loadCategory(locale, slug);
  return pageMetadata({
    locale,
    path: `/categories/${slug}`,
    title: category.name,
    description: category.description,
  });
}

export default async function CategoryPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const category = await loadCategory(locale, slug);
  const t = dictionary(locale);
  const link = (path: string) => localePath(locale, path);
  const type = category.troubleType ? troubleTypeOf(category.troubleType) : null;
  const team = type ? teams.find((candidate) => candidate.key === type.team) : undefined;

  return (
    <>
      <Breadcrumb
        label={t.common.breadcrumb}
        items={[{ label: t.common.home, href: link("/") }, { label: category.name }]}
      />
      <SearchForm locale={locale} />
      <h1>{category.name}</h1>
      <p className="muted">{category.description}</p>
      <h2>{t.category.articles}</h2>
      {category.articles.length > 0 ? (
        <ArticleList articles={category.articles} locale={locale} showSummary />
      ) : (
        <p>{t.category.empty}</p>
      )}
      {type && team && (
        <section className="notice" aria-labelledby="category-window">
          <h2 id="category-window">{t.category.window}</h2>
          <p>
            {t.guide.window}：<strong>{team.name[locale]}</strong>
          </p>
          <p className="inline-links">
            <a href={`${link("/guide")}#${type.key}`}>{t.home.guideLink}</a>
            <a href={`${link("/contact")}?type=${type.key}`}>{t.feedback.contactLink}</a>
          </p>
        </section>
      )}
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "FAQPage",
          name: category.name,
          inLanguage: locale,
          mainEntity: category.articles.map((article) => ({
            "@type": "Question",
            name: article.title,
            acceptedAnswer: {
              "@type": "Answer",
              text: article.summary,
              url: `${webBaseUrl}${link(`/articles/${article.slug}`)}`,
            },
          })),
        }}
      />
    </>
  );
}
