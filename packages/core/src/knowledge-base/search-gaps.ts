import type { Locale } from "../locale/locale";
import { buildSearchIndex } from "../search/search-index";
import { search } from "../search/search";

/** A query readers searched for and found nothing, with how often and when last. */
export interface SearchGap {
  query: string;
  locale: Locale;
  searches: number;
  lastSearchedAt: Date;
}

export interface ArticleDraftText {
  tags: readonly string[];
  texts: readonly { locale: Locale; title: string; summary: string; body: string }[];
}

/**
 * The searches that found nothing and that this article's text would answer, with the same
 * engine readers use: what writing or publishing it would fix. Works on the working copy, so a
 * writer sees which gaps a draft closes before it is published.
 */
export function searchGapsAnsweredBy(article: ArticleDraftText, gaps: readonly SearchGap[]): SearchGap[] {
  if (article.texts.length === 0 || gaps.length === 0) return [];
  const index = buildSearchIndex(
    article.texts.map((text) => ({
      id: "draft",
      locale: text.locale,
      title: text.title,
      summary: text.summary,
      body: text.body,
      tags: article.tags,
      popularity: 0,
    })),
  );
  return gaps.filter((gap) => search(index, gap.query, { locale: gap.locale, limit: 1 }).total > 0);
}
