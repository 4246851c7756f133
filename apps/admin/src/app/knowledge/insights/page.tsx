import type { Metadata } from "next";
import Link from "next/link";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { formatDateTime } from "@/components/content/content-labels";
import { knowledgeText } from "@/components/content/knowledge-text";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: knowledgeText[await getConsoleLocale()].insights.title };
}

const windows = [7, 30, 90] as const;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const percent = (part: number, whole: number) => (whole === 0 ? "—" : `${Math.round((part / whole) * 100)}%`);

/** What to write next: searches that found nothing, articles readers found least helpful, and why. */
export default async function InsightsPage({ searchParams }: { searchParams: SearchParams }) {
  const requested = Number((await searchParams).days);
  const days = windows.find((w) => w === requested) ?? 30;
  const locale = await getConsoleLocale();
  const words = knowledgeText[locale];
  const text = words.insights;
  const at = (date: Date | string | null) => formatDateTime(date, locale);
  const caller = await serverCaller();
  const loaded = await loadForPage(() => caller.contentInsights.overview({ days }));
  if (!loaded.ok) return <AccessNotice title={text.title} reason={loaded.reason} locale={locale} />;
  const overview = loaded.data;
  return (
    <>
      <p>
        <Link href="/knowledge">{words.article.back}</Link>
      </p>
      <h1>{text.title}</h1>
      <nav aria-label={text.periodLabel} className="content-actions">
        {windows.map((w) => (
          <Link key={w} href={`/knowledge/insights?days=${w}`} aria-current={w === days ? "page" : undefined}>
            {text.lastDays(w)}
          </Link>
        ))}
      </nav>
      <section className="content-panel">
        <h2>{text.searchTitle}</h2>
        <p>
          {text.searchSummary(
            overview.searches.searches,
            overview.searches.withoutResult,
            percent(overview.searches.withoutResult, overview.searches.searches),
            overview.searches.ledToInquiry,
          )}
        </p>
        <h3>{text.gapsTitle}</h3>
        {overview.gaps.length === 0 ? (
          <p className="muted">{text.none}</p>
        ) : (
          <table className="content-table" data-testid="search-gaps">
            <thead>
              <tr>
                <th scope="col">{text.gapColumns.query}</th>
                <th scope="col">{text.gapColumns.locale}</th>
                <th scope="col">{text.gapColumns.count}</th>
                <th scope="col">{text.gapColumns.last}</th>
              </tr>
            </thead>
            <tbody>
              {overview.gaps.map((gap) => (
                <tr key={`${gap.locale}:${gap.query}`}>
                  <td>{gap.query}</td>
                  <td>{gap.locale === "ja" ? words.languages.ja : words.languages.en}</td>
                  <td>{gap.searches}</td>
                  <td>{at(gap.lastSearchedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="content-panel">
        <h2>{text.rewriteTitle}</h2>
        <p className="muted">{text.votesSummary(overview.votes.helpful, overview.votes.notHelpful)}</p>
        {overview.toRewrite.length === 0 ? (
          <p className="muted">{text.none}</p>
        ) : (
          <table className="content-table">
            <thead>
              <tr>
                <th scope="col">{text.rewriteColumns.article}</th>
                <th scope="col">{text.rewriteColumns.helpful}</th>
                <th scope="col">{text.rewriteColumns.notHelpful}</th>
                <th scope="col">{text.rewriteColumns.share}</th>
              </tr>
            </thead>
            <tbody>
              {overview.toRewrite.map((article) => (
                <tr key={article.articleId}>
                  <td>
                    <Link href={`/knowledge/${article.articleId}`}>{article.titleJa}</Link>
                  </td>
                  <td>{article.helpful}</td>
                  <td>{article.notHelpful}</td>
                  <td>{percent(article.helpful, article.helpful + article.notHelpful)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>{text.reasonsTitle}</h3>
        {overview.reasons.length === 0 ? (
          <p className="muted">{text.none}</p>
        ) : (
          <ul>
            {overview.reasons.map((reason, index) => (
              <li key={index}>
                {reason.reason}{" "}
                <span className="muted">
                  —{" "}
                  {reason.titleJa ? (
                    <Link href={`/knowledge/${reason.articleId}`}>{reason.titleJa}</Link>
                  ) : (
                    text.article
                  )}
                  {text.at(at(reason.createdAt))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
