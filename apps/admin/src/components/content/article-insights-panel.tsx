import type { Locale } from "@madoguchi/core/locale/locale";
import { contentEditorText } from "./content-editor-text";
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
export function ArticleInsightsPanel({
  insights,
  locale = "ja",
}: {
  insights: ArticleInsights;
  locale?: Locale;
}) {
  const words = contentEditorText[locale];
  const t = words.insights;
  const at = (date: Date) => formatDateTime(date, locale);
  const language = (key: string) => (key === "ja" ? words.languages.ja : words.languages.en);
  return (
    <section className="content-panel" aria-labelledby="article-insights">
      <h2 id="article-insights">{t.title(at(insights.since))}</h2>
      <p>
        {t.votes(insights.votes.helpful, insights.votes.notHelpful, percent(insights.votes.ratio))}
        {insights.votes.byLocale.length > 1 &&
          ` — ${insights.votes.byLocale
            .map((v) => `${language(v.locale)} ${v.helpful}/${v.helpful + v.notHelpful}`)
            .join(t.listSeparator)}`}
      </p>
      <h3>{t.reasonsTitle}</h3>
      {insights.reasons.length === 0 ? (
        <p className="muted">{t.noReasons}</p>
      ) : (
        <ul>
          {insights.reasons.map((reason, index) => (
            <li key={index}>
              {reason.reason} <span className="muted">{t.at(at(reason.createdAt))}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t.gapsTitle}</h3>
      {insights.answersGaps.length === 0 ? (
        <p className="muted">{t.noGaps}</p>
      ) : (
        <ul data-testid="answered-gaps">
          {insights.answersGaps.map((gap) => (
            <li key={`${gap.locale}:${gap.query}`}>
              {t.query(gap.query)}{" "}
              <span className="muted">{t.searches(gap.searches, at(gap.lastSearchedAt))}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
