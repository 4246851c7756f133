import type { ArticleStatus } from "@madoguchi/core/knowledge-base/article-workflow";
import type { Locale } from "@madoguchi/core/locale/locale";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import type { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";

/** The most articles the console lists at once: a help center has hundreds, not millions. */
export const CONSOLE_ARTICLE_LIMIT = 500;

/** A category's names for the console in either language. */
export interface CategoryNames {
  slug: string;
  nameJa: string;
  /** The English name, or the Japanese one when the category has none. */
  nameEn: string;
}

const categoryNamesSelect = { slug: true, translations: { select: { locale: true, name: true } } } as const;

function categoryNames(row: {
  slug: string;
  translations: { locale: Locale; name: string }[];
}): CategoryNames {
  const nameJa = row.translations.find((t) => t.locale === "ja")?.name ?? row.slug;
  const nameEn = row.translations.find((t) => t.locale === "en")?.name ?? nameJa;
  return { slug: row.slug, nameJa, nameEn };
}

export interface ConsoleArticleRow {
  id: string;
  slug: string;
  status: ArticleStatus;
  troubleType: TroubleType;
  category: CategoryNames;
  /** The current text's titles (what readers see once published). */
  titles: Partial<Record<Locale, string>>;
  tags: string[];
  publishedAt: Date | null;
  scheduledAt: Date | null;
  updatedAt: Date;
}

export interface ConsoleArticleFilter {
  status?: ArticleStatus;
  categorySlug?: string;
  q?: string;
}

export async function listConsoleArticles(
  db: DbOrTx,
  filter: ConsoleArticleFilter,
): Promise<ConsoleArticleRow[]> {
  const where: Prisma.ArticleWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.categorySlug ? { category: { slug: filter.categorySlug } } : {}),
    ...(filter.q
      ? {
          OR: [
            { slug: { contains: filter.q, mode: "insensitive" } },
            { translations: { some: { title: { contains: filter.q, mode: "insensitive" } } } },
          ],
        }
      : {}),
  };
  const rows = await db.article.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: CONSOLE_ARTICLE_LIMIT,
    select: {
      id: true,
      slug: true,
      status: true,
      troubleType: true,
      tags: true,
      publishedAt: true,
      scheduledAt: true,
      updatedAt: true,
      category: { select: categoryNamesSelect },
      translations: { select: { locale: true, title: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    status: row.status,
    troubleType: row.troubleType,
    category: categoryNames(row.category),
    titles: Object.fromEntries(row.translations.map((t) => [t.locale, t.title])),
    tags: row.tags,
    publishedAt: row.publishedAt,
    scheduledAt: row.scheduledAt,
    updatedAt: row.updatedAt,
  }));
}

/** When each language's text of each article last changed: its newest revision. */
export async function revisionTimes(
  db: DbOrTx,
  articleIds: readonly string[],
): Promise<Map<string, Partial<Record<Locale, Date>>>> {
  if (articleIds.length === 0) return new Map();
  const groups = await db.articleRevision.groupBy({
    by: ["articleId", "locale"],
    where: { articleId: { in: [...articleIds] } },
    _max: { createdAt: true },
  });
  const times = new Map<string, Partial<Record<Locale, Date>>>();
  for (const group of groups) {
    if (!group._max.createdAt) continue;
    times.set(group.articleId, { ...times.get(group.articleId), [group.locale]: group._max.createdAt });
  }
  return times;
}

/**
 * Published articles whose newest revision in some language differs from what readers see (a
 * saved change waiting for a publisher), compared in the database so bodies stay there.
 */
export async function articlesWithUnpublishedChanges(
  db: DbOrTx,
  articleIds: readonly string[],
): Promise<Set<string>> {
  if (articleIds.length === 0) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT r.article_id::text AS id
    FROM (
      SELECT DISTINCT ON (article_id, locale) article_id, locale, title, summary, body
      FROM article_revision
      WHERE article_id = ANY(${[...articleIds]}::uuid[])
      ORDER BY article_id, locale, number DESC
    ) r
    JOIN article a ON a.id = r.article_id AND a.status = 'published'
    LEFT JOIN article_translation t ON t.article_id = r.article_id AND t.locale = r.locale
    WHERE t.article_id IS NULL OR t.title <> r.title OR t.summary <> r.summary OR t.body <> r.body`;
  return new Set(rows.map((row) => row.id));
}

export interface ArticleTextVersion {
  title: string;
  summary: string;
  body: string;
}

export interface WorkingRevision extends ArticleTextVersion {
  id: string;
  locale: Locale;
  number: number;
  createdAt: Date;
  authorStaffId: string | null;
}

export interface ConsoleArticle {
  id: string;
  slug: string;
  status: ArticleStatus;
  troubleType: TroubleType;
  subtype: string | null;
  tags: string[];
  category: CategoryNames;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** What readers see once published (for drafts, the same as the working copy). */
  live: Partial<Record<Locale, ArticleTextVersion & { updatedAt: Date }>>;
  /** The newest revision of each language: what the editor opens. */
  working: Partial<Record<Locale, WorkingRevision>>;
}

const revisionSelect = {
  id: true,
  locale: true,
  number: true,
  title: true,
  summary: true,
  body: true,
  createdAt: true,
  authorStaffId: true,
} as const;

/** The newest revision of each language of an article. */
export async function newestRevisions(
  db: DbOrTx,
  articleId: string,
): Promise<Partial<Record<Locale, WorkingRevision>>> {
  // Two indexed lookups rather than `distinct`, which Prisma applies after reading every body.
  const groups = await db.articleRevision.groupBy({
    by: ["locale"],
    where: { articleId },
    _max: { number: true },
  });
  const newest = groups.flatMap((group) =>
    group._max.number === null ? [] : [{ locale: group.locale, number: group._max.number }],
  );
  if (newest.length === 0) return {};
  const rows = await db.articleRevision.findMany({
    where: { articleId, OR: newest },
    select: revisionSelect,
  });
  return Object.fromEntries(rows.map((row) => [row.locale, row]));
}

export async function findConsoleArticle(db: DbOrTx, id: string): Promise<ConsoleArticle | null> {
  const row = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      status: true,
      troubleType: true,
      subtype: true,
      tags: true,
      publishedAt: true,
      scheduledAt: true,
      createdAt: true,
      updatedAt: true,
      category: { select: categoryNamesSelect },
      translations: { select: { locale: true, title: true, summary: true, body: true, updatedAt: true } },
    },
  });
  if (!row) return null;
  const working = await newestRevisions(db, id);
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    troubleType: row.troubleType,
    subtype: row.subtype,
    tags: row.tags,
    category: categoryNames(row.category),
    publishedAt: row.publishedAt,
    scheduledAt: row.scheduledAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    live: Object.fromEntries(row.translations.map(({ locale, ...text }) => [locale, text])),
    working,
  };
}

export interface RevisionListItem {
  id: string;
  locale: Locale;
  number: number;
  title: string;
  createdAt: Date;
  authorStaffId: string | null;
}

/** Newest first. */
export async function listRevisions(
  db: DbOrTx,
  articleId: string,
  locale: Locale | undefined,
): Promise<RevisionListItem[]> {
  return db.articleRevision.findMany({
    where: { articleId, ...(locale ? { locale } : {}) },
    orderBy: [{ locale: "asc" }, { number: "desc" }],
    take: 500,
    select: { id: true, locale: true, number: true, title: true, createdAt: true, authorStaffId: true },
  });
}

/** Revisions of this article by id; others' ids are not found, as if they did not exist. */
export async function findRevisions(
  db: DbOrTx,
  articleId: string,
  ids: readonly string[],
): Promise<WorkingRevision[]> {
  return db.articleRevision.findMany({ where: { articleId, id: { in: [...ids] } }, select: revisionSelect });
}

/** Display names of staff (authors of revisions), by id. Deactivated members keep their name. */
export async function staffNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.staff.findMany({
    where: { id: { in: wanted } },
    select: { id: true, displayName: true },
  });
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

export interface CategoryOption {
  slug: string;
  nameJa: string;
  nameEn: string;
  troubleType: TroubleType | null;
}

export async function listCategoryOptions(db: DbOrTx): Promise<CategoryOption[]> {
  const rows = await db.articleCategory.findMany({
    orderBy: { position: "asc" },
    select: { ...categoryNamesSelect, troubleType: true },
  });
  return rows.map((row) => ({ ...categoryNames(row), troubleType: row.troubleType }));
}
