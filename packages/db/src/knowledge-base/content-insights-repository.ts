import type { SearchGap } from "@madoguchi/core/knowledge-base/search-gaps";
import type { Locale } from "@madoguchi/core/locale/locale";
import type { DbOrTx } from "../mail/email-outbox-repository";

/** Searches since `since` that found nothing, grouped by query and language, most frequent first. */
export async function searchGaps(db: DbOrTx, since: Date, take: number): Promise<SearchGap[]> {
  const groups = await db.searchQueryLog.groupBy({
    by: ["query", "locale"],
    where: { resultCount: 0, createdAt: { gte: since } },
    _count: { _all: true },
    _max: { createdAt: true },
    orderBy: [{ _count: { query: "desc" } }, { query: "asc" }],
    take,
  });
  return groups.map((group) => ({
    query: group.query,
    locale: group.locale,
    searches: group._count._all,
    lastSearchedAt: group._max.createdAt ?? since,
  }));
}

export interface SearchTotals {
  searches: number;
  withoutResult: number;
  /** Searches of a tab that then filed an inquiry (not deflected). */
  ledToInquiry: number;
}

export async function searchTotals(db: DbOrTx, since: Date): Promise<SearchTotals> {
  const groups = await db.searchQueryLog.groupBy({
    by: ["ledToInquiry"],
    where: { createdAt: { gte: since } },
    _count: { _all: true },
  });
  const withoutResult = await db.searchQueryLog.count({
    where: { createdAt: { gte: since }, resultCount: 0 },
  });
  return {
    searches: groups.reduce((sum, group) => sum + group._count._all, 0),
    withoutResult,
    ledToInquiry: groups.find((group) => group.ledToInquiry)?._count._all ?? 0,
  };
}

export interface ArticleFeedbackTally {
  articleId: string;
  slug: string;
  titleJa: string;
  helpful: number;
  notHelpful: number;
}

/** Helpful / not helpful votes per article since `since`, for every article that got one. */
export async function feedbackTallies(db: DbOrTx, since: Date): Promise<ArticleFeedbackTally[]> {
  const groups = await db.articleFeedback.groupBy({
    by: ["articleId", "helpful"],
    where: { createdAt: { gte: since } },
    _count: { _all: true },
  });
  const ids = [...new Set(groups.map((group) => group.articleId))];
  if (ids.length === 0) return [];
  const articles = await db.article.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, translations: { where: { locale: "ja" }, select: { title: true } } },
  });
  return articles.map((article) => {
    const count = (helpful: boolean) =>
      groups.find((g) => g.articleId === article.id && g.helpful === helpful)?._count._all ?? 0;
    return {
      articleId: article.id,
      slug: article.slug,
      titleJa: article.translations[0]?.title ?? article.slug,
      helpful: count(true),
      notHelpful: count(false),
    };
  });
}

export interface FeedbackReason {
  articleId: string;
  locale: Locale;
  reason: string;
  createdAt: Date;
}

/** The newest "not helpful" votes that came with a reason, of one article or all of them. */
export async function feedbackReasons(
  db: DbOrTx,
  input: { since: Date; articleId?: string; take: number },
): Promise<FeedbackReason[]> {
  const rows = await db.articleFeedback.findMany({
    where: {
      helpful: false,
      reason: { not: null },
      createdAt: { gte: input.since },
      ...(input.articleId ? { articleId: input.articleId } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: input.take,
    select: { articleId: true, locale: true, reason: true, createdAt: true },
  });
  return rows.flatMap((row) => (row.reason ? [{ ...row, reason: row.reason }] : []));
}

/** One article's votes since `since`, per language. */
export async function articleFeedbackByLocale(
  db: DbOrTx,
  articleId: string,
  since: Date,
): Promise<{ locale: Locale; helpful: number; notHelpful: number }[]> {
  const groups = await db.articleFeedback.groupBy({
    by: ["locale", "helpful"],
    where: { articleId, createdAt: { gte: since } },
    _count: { _all: true },
  });
  const locales = [...new Set(groups.map((group) => group.locale))].sort();
  return locales.map((locale) => {
    const count = (helpful: boolean) =>
      groups.find((g) => g.locale === locale && g.helpful === helpful)?._count._all ?? 0;
    return { locale, helpful: count(true), notHelpful: count(false) };
  });
}
