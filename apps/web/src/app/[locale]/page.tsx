import { teams } from "@madoguchi/core/team/teams";
import { troubleTypes } from "@madoguchi/core/trouble/trouble-types";
import type { Metadata } from "next";
import { ArticleList } from "@/components/article-list";
import { JsonLd } from "@/components/json-ld";
import { pageMetadata } from "@/components/page-metadata";
import { SearchBox } from "@/components/search-box";
import { SystemHealth } from "@/components/system-health";
import { formatDate, isoDate } from "@/i18n/format";
import { dictionary } from "@/i18n/dictionary";
import { localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";
import { TrpcProviders } from "@/trpc/client";
import { pageLocale } from "./locale-params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return pageMetadata({ locale, path: "/" });
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = dictionary(locale);
  const caller = publicCaller();
  const [home, announcements] = await Promise.all([
    caller.helpCenter.home({ locale }),
    caller.announcements.list({ locale, limit: 3 }),
  ]);
  const windowName = new Map(teams.map((team) => [team.key, team.name[locale]]));
  const categoryOf = new Map(home.categories.map((category) => [category.troubleType, category]));
  const link = (path: string) => localePath(locale, path);

  return (
    <>
      <h1>{t.home.title}</h1>
      <p className="muted">{t.home.lead}</p>
      <TrpcProviders>
        <div className="search-hero">
          <SearchBox
            locale={locale}
            labels={{
              label: t.search.label,
              placeholder: t.search.placeholder,
              submit: t.search.submit,
              suggestions: t.search.suggestions,
            }}
          />
        </div>
        <SystemHealth labels={t.home.health} />
      </TrpcProviders>

      <h2>{t.home.typesTitle}</h2>
      <ul className="card-grid">
        {troubleTypes.map((type) => {
          const category = categoryOf.get(type.key);
          return (
            <li key={type.key} className="card" data-trouble-type={type.key}>
              <h3>{type.name[locale]}</h3>
              <p className="muted">{type.examples[locale]}</p>
              <p>
                {t.home.window}：<strong>{windowName.get(type.team)}</strong>
              </p>
              {category && (
                <a className="card-link" href={link(`/categories/${category.slug}`)}>
                  {category.name} — {t.common.articlesCount(category.articleCount)}
                </a>
              )}
            </li>
          );
        })}
      </ul>
      <p>
        <a href={link("/guide")}>{t.home.guideLink}</a>
      </p>

      <div className="two-columns">
        <section aria-labelledby="popular-title">
          <h2 id="popular-title">{t.home.popular}</h2>
          <ArticleList articles={home.popular} locale={locale} />
        </section>
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">{t.home.recent}</h2>
          <ArticleList articles={home.recent} locale={locale} showDate />
        </section>
      </div>

      {announcements.length > 0 && (
        <section aria-labelledby="announcements-title">
          <h2 id="announcements-title">{t.home.announcements}</h2>
          <ul className="article-list">
            {announcements.map((announcement) => (
              <li key={announcement.slug}>
                <a
                  href={link(`/announcements/${announcement.slug}`)}
                  lang={announcement.locale !== locale ? "ja" : undefined}
                >
                  {announcement.title}
                </a>
                <time className="muted article-list-date" dateTime={isoDate(announcement.publishedAt)}>
                  {formatDate(announcement.publishedAt, locale)}
                </time>
              </li>
            ))}
          </ul>
          <p className="inline-links">
            <a href={link("/announcements")}>{t.home.allAnnouncements}</a>
            <a href={link("/status")}>{t.home.statusLink}</a>
          </p>
        </section>
      )}

      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "FAQPage",
          inLanguage: locale,
          mainEntity: home.popular.map((article) => ({
            "@type": "Question",
            name: article.title,
            acceptedAnswer: {
              "@type": "Answer",
              text: article.summary,
              url: link(`/articles/${article.slug}`),
            },
          })),
        }}
      />
    </>
  );
}
