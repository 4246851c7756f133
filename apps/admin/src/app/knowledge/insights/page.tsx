import type { Metadata } from "next";
import Link from "next/link";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { formatDateTime } from "@/components/content/content-labels";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export const metadata: Metadata = { title: "検索と評価" };

const windows = [7, 30, 90] as const;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const percent = (part: number, whole: number) => (whole === 0 ? "—" : `${Math.round((part / whole) * 100)}%`);

/** What to write next: searches that found nothing, articles readers found least helpful, and why. */
export default async function InsightsPage({ searchParams }: { searchParams: SearchParams }) {
  const requested = Number((await searchParams).days);
  const days = windows.find((w) => w === requested) ?? 30;
  const caller = await serverCaller();
  const loaded = await loadForPage(() => caller.contentInsights.overview({ days }));
  if (!loaded.ok) return <AccessNotice title="検索と評価" reason={loaded.reason} />;
  const overview = loaded.data;
  return (
    <>
      <p>
        <Link href="/knowledge">← ナレッジベース</Link>
      </p>
      <h1>検索と評価</h1>
      <nav aria-label="集計期間" className="content-actions">
        {windows.map((w) => (
          <Link key={w} href={`/knowledge/insights?days=${w}`} aria-current={w === days ? "page" : undefined}>
            直近{w}日
          </Link>
        ))}
      </nav>
      <section className="content-panel">
        <h2>ヘルプセンターの検索</h2>
        <p>
          検索 {overview.searches.searches}回・結果なし {overview.searches.withoutResult}回（
          {percent(overview.searches.withoutResult, overview.searches.searches)}）・検索後に問い合わせ{" "}
          {overview.searches.ledToInquiry}回
        </p>
        <h3>結果が見つからなかった検索語</h3>
        {overview.gaps.length === 0 ? (
          <p className="muted">ありません。</p>
        ) : (
          <table className="content-table" data-testid="search-gaps">
            <thead>
              <tr>
                <th scope="col">検索語</th>
                <th scope="col">言語</th>
                <th scope="col">回数</th>
                <th scope="col">最終</th>
              </tr>
            </thead>
            <tbody>
              {overview.gaps.map((gap) => (
                <tr key={`${gap.locale}:${gap.query}`}>
                  <td>{gap.query}</td>
                  <td>{gap.locale === "ja" ? "日本語" : "英語"}</td>
                  <td>{gap.searches}</td>
                  <td>{formatDateTime(gap.lastSearchedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="content-panel">
        <h2>書き直しを検討したい記事</h2>
        <p className="muted">
          役に立った {overview.votes.helpful}件・役に立たなかった {overview.votes.notHelpful}
          件。評価が3件以上ある記事を、役に立った割合の低い順に表示しています。
        </p>
        {overview.toRewrite.length === 0 ? (
          <p className="muted">ありません。</p>
        ) : (
          <table className="content-table">
            <thead>
              <tr>
                <th scope="col">記事</th>
                <th scope="col">役に立った</th>
                <th scope="col">役に立たなかった</th>
                <th scope="col">割合</th>
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
        <h3>最近の「役に立たなかった」理由</h3>
        {overview.reasons.length === 0 ? (
          <p className="muted">ありません。</p>
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
                    "記事"
                  )}
                  （{formatDateTime(reason.createdAt)}）
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
