import { TRPCError } from "@trpc/server";
import { renderArticle } from "@madoguchi/ui/article-body";
import { Breadcrumb } from "@madoguchi/ui/breadcrumb";
import { TableOfContents } from "@madoguchi/ui/table-of-contents";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleList } from "@/components/article-list";
import { FeedbackWidget } from "@/components/feedback-widget";
import { JsonLd } from "@/components/json-ld";
import { pageMetadata } from "@/components/page-metadata";
import { SearchForm } from "@/components/search-form";
import { brand, webBaseUrl } from "@/config/env";
import { dictionary } from "@/i18n/dictionary";
import { formatDate, isoDate } from "@/i18n/format";
import { localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";
import type { Locale } from "@madoguchi/core/locale/locale";
import { pageLocale } from "../../locale-params";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

/** One query per render, shared by the metadata and the page. */
const loadArticle = cache(async (locale: Locale, slug: string) => {
  try {
    return await publicCaller().helpCenter.article({ locale, slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const { article } = await loadArticle(locale, slug);
  return pageMetadata({
    locale,
    path: `/articles/${slug}`,
    title: article.title,
    description: article.summary,
    locales: article.availableLocales,
    canonicalLocale: article.fallback ? article.locale : locale,
  });
}

export default async function ArticlePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const { article, related } = await loadArticle(locale, slug);
  const t = dictionary(locale);
  const link = (path: string) => localePath(locale, path);
  const { body, headings } = renderArticle(article.body, {
    localizeHref: (href) => (href.startsWith("/") ? link(href) : href),
    anchorLabel: t.common.anchorLabel,
  });
  const textLang = article.fallback ? article.locale : undefined;

  return (
    <>
      <Breadcrumb
        label={t.common.breadcrumb}
        items={[
          { label: t.common.home, href: link("/") },
          { label: article.category.name, href: link(`/categories/${article.category.slug}`) },
          { label: article.title },
        ]}
      />
      <SearchForm locale={locale} />
      <div className="article-layout">
        <article lang={textLang} aria-labelledby="article-title">
          {article.fallback && (
            <p className="notice fallback-notice" lang={locale} data-testid="fallback-notice">
              {t.article.fallbackNotice}
            </p>
          )}
          <h1 id="article-title">{article.title}</h1>
          <p className="article-meta" lang={locale}>
            <time dateTime={isoDate(article.updatedAt)}>
              {t.common.updated(formatDate(article.updatedAt, locale))}
            </time>
          </p>
          <TableOfContents headings={headings} title={t.article.toc} />
          <div className="article-body">{body}</div>
        </article>
        <aside aria-labelledby="related-title">
          <h2 id="related-title">{t.article.related}</h2>
          <ArticleList articles={related} locale={locale} />
        </aside>
      </div>
      <FeedbackWidget
        slug={article.slug}
        locale={locale}
        contactHref={`${link("/contact")}?type=${article.troubleType}`}
        labels={t.feedback}
      />
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Article",
          headline: article.title,
          description: article.summary,
          inLanguage: article.locale,
          dateModified: article.updatedAt.toISOString(),
          ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
          mainEntityOfPage: `${webBaseUrl}${link(`/articles/${article.slug}`)}`,
          publisher: { "@type": "Organization", name: locale === "ja" ? brand.nameJa : brand.nameEn },
        }}
      />
    </>
  );
}
