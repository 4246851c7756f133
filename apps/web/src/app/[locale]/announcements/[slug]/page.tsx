import type { Locale } from "@madoguchi/core/locale/locale";
import { ArticleBody } from "@madoguchi/ui/article-body";
import { Breadcrumb } from "@madoguchi/ui/breadcrumb";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { JsonLd } from "@/components/json-ld";
import { pageMetadata } from "@/components/page-metadata";
import { brand } from "@/config/env";
import { dictionary } from "@/i18n/dictionary";
import { formatDate, isoDate } from "@/i18n/format";
import { localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";
import { pageLocale } from "../../locale-params";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const loadAnnouncement = cache(async (locale: Locale, slug: string) => {
  try {
    return await publicCaller().announcements.bySlug({ locale, slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const announcement = await loadAnnouncement(locale, slug);
  return pageMetadata({
    locale,
    path: `/announcements/${slug}`,
    title: announcement.title,
    canonicalLocale: announcement.locale,
  });
}

export default async function AnnouncementPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const announcement = await loadAnnouncement(locale, slug);
  const t = dictionary(locale);
  const link = (path: string) => localePath(locale, path);
  return (
    <>
      <Breadcrumb
        label={t.common.breadcrumb}
        items={[
          { label: t.common.home, href: link("/") },
          { label: t.announcements.title, href: link("/announcements") },
          { label: announcement.title },
        ]}
      />
      <article lang={announcement.locale !== locale ? announcement.locale : undefined}>
        <h1>{announcement.title}</h1>
        <p className="article-meta">
          <time dateTime={isoDate(announcement.publishedAt)}>
            {formatDate(announcement.publishedAt, locale)}
          </time>
        </p>
        <ArticleBody markdown={announcement.body} localizeHref={link} anchorLabel={t.common.anchorLabel} />
      </article>
      <p>
        <a href={link("/announcements")}>{t.announcements.back}</a>
      </p>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Article",
          headline: announcement.title,
          inLanguage: announcement.locale,
          datePublished: announcement.publishedAt.toISOString(),
          dateModified: announcement.updatedAt.toISOString(),
          publisher: { "@type": "Organization", name: locale === "ja" ? brand.nameJa : brand.nameEn },
        }}
      />
    </>
  );
}
