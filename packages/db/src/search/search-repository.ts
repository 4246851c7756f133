import type { Locale } from "@madoguchi/core/locale/locale";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import { visibleArticle } from "../help-center/article-repository";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface SearchableArticle {
  id: string;
  slug: string;
  categorySlug: string;
  troubleType: TroubleType;
  tags: string[];
  popularity: number;
  translations: { locale: Locale; title: string; summary: string; body: string; updatedAt: Date }[];
}

/** Every article readers may see at `now`, with all its translations, for the search index. */
export async function loadSearchableArticles(db: DbOrTx, now: Date): Promise<SearchableArticle[]> {
  const rows = await db.article.findMany({
    where: visibleArticle(now),
    orderBy: { slug: "asc" },
    select: {
      id: true,
      slug: true,
      troubleType: true,
      tags: true,
      popularity: true,
      category: { select: { slug: true } },
      translations: { select: { locale: true, title: true, summary: true, body: true, updatedAt: true } },
    },
  });
  return rows.map(({ category, ...row }) => ({ ...row, categorySlug: category.slug }));
}

/**
 * A fingerprint of everything the index is built from, cheap enough to ask every few seconds:
 * the newest row version (`xmin`, the writing transaction) of the articles and their texts
 * changes with any edit, even one that forgets `updated_at`; a delete changes a count; and a
 * scheduled article coming due changes the count of visible ones. Equal fingerprints mean the
 * index is still right.
 */
export async function searchContentVersion(db: DbOrTx, now: Date): Promise<string> {
  const rows = await db.$queryRaw<
    {
      visible: bigint;
      articles: bigint;
      article_rev: bigint | null;
      translations: bigint;
      translation_rev: bigint | null;
    }[]
  >`
    SELECT
      (SELECT count(*) FROM article a
        WHERE a.status = 'published' AND (a.published_at IS NULL OR a.published_at <= ${now})) AS visible,
      (SELECT count(*) FROM article) AS articles,
      (SELECT max(xmin::text::bigint) FROM article) AS article_rev,
      (SELECT count(*) FROM article_translation) AS translations,
      (SELECT max(xmin::text::bigint) FROM article_translation) AS translation_rev`;
  const row = rows[0];
  if (!row) return "empty";
  return [row.visible, row.articles, row.article_rev ?? "-", row.translations, row.translation_rev ?? "-"]
    .map(String)
    .join("|");
}

export interface SearchLogEntry {
  /** Already stripped of personal data (core's `redactSearchQuery`). */
  query: string;
  locale: Locale;
  resultCount: number;
  searchSessionId: string | null;
  now: Date;
}

export async function logSearchQuery(db: DbOrTx, entry: SearchLogEntry): Promise<void> {
  await db.searchQueryLog.create({
    data: {
      query: entry.query,
      locale: entry.locale,
      resultCount: entry.resultCount,
      searchSessionId: entry.searchSessionId,
      createdAt: entry.now,
    },
    select: { id: true },
  });
}

/** The searches of a tab that then filed an inquiry: they did not deflect it. */
export async function markSearchSessionInquiry(
  db: DbOrTx,
  searchSessionId: string,
  since: Date,
): Promise<number> {
  const { count } = await db.searchQueryLog.updateMany({
    where: { searchSessionId, createdAt: { gte: since }, ledToInquiry: false },
    data: { ledToInquiry: true },
  });
  return count;
}
