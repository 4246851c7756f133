import { formatDateTime } from "./content-labels";

interface ArticleInsights {
  since: Date;
  votes: {
    helpful: number;
    notHelpful: number;
    ratio: number | null;
    byLocale: { locale: string; helpful: number; notHelpful: number }[];
  };
  reasons: { locale: string; reason: string; createdAt: Date }[];
  answersGaps: { query: string; locale: string; searches: number; lastSearchedAt: Date }[];
}

const percent = (ratio: number | null) => (ratio === null ? "—" : `${Math.round(ratio * 100)}%`);

/** What readers said of this article, and which searches that found nothing it would answer. */
export function ArticleInsightsPanel({ insights }: { insights: ArticleInsights }) {
  return (
    <section className="content-panel" aria-labelledby="article-insights">
      <h2 id="article-insights">読者の反応（{formatDateTime(insights.since)} 以降）</h2>
      <p>
        役に立った {insights.votes.helpful}件・役に立たなかった {insights.votes.notHelpful}件（役に立った割合{" "}
        {percent(insights.votes.ratio)}）
        {insights.votes.byLocale.length > 1 &&
          ` — ${insights.votes.byLocale
            .map((v) => `${v.locale === "ja" ? "日本語" : "英語"} ${v.helpful}/${v.helpful + v.notHelpful}`)
            .join("、")}`}
      </p>
      <h3>「役に立たなかった」理由</h3>
      {insights.reasons.length === 0 ? (
        <p className="muted">理由の記入はありません。</p>
      ) : (
        <ul>
          {insights.reasons.map((reason, index) => (
            <li key={index}>
              {reason.reason} <span className="muted">（{formatDateTime(reason.createdAt)}）</span>
            </li>
          ))}
        </ul>
      )}
      <h3>この記事で答えられる「結果なし」の検索</h3>
      {insights.answersGaps.length === 0 ? (
        <p className="muted">該当する検索はありません。</p>
      ) : (
        <ul data-testid="answered-gaps">
          {insights.answersGaps.map((gap) => (
            <li key={`${gap.locale}:${gap.query}`}>
              「{gap.query}」{" "}
              <span className="muted">
                {gap.searches}回（最終 {formatDateTime(gap.lastSearchedAt)}）
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
