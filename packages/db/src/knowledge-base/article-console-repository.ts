import type { ArticleStatus } from "@madoguchi/core/knowledge-base/article-workflow";
import type { Locale } from "@madoguchi/core/locale/locale";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";
import type { ArticleTextVersion } from "./article-console-queries";

export interface LockedArticle {
  id: string;
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  scheduledAt: Date | null;
}

/**
 * The article's row, locked until the transaction ends: saves, publishes and the scheduler
 * of several app instances take their turn on one article instead of numbering revisions twice.
 */
export async function lockArticle(tx: DbOrTx, id: string): Promise<LockedArticle | null> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      slug: string;
      status: ArticleStatus;
      published_at: Date | null;
      scheduled_at: Date | null;
    }[]
  >`
    SELECT id::text AS id, slug, status::text AS status, published_at, scheduled_at
    FROM article WHERE id = ${id}::uuid
    FOR UPDATE`;
  const row = rows[0];
  return row
    ? {
        id: row.id,
        slug: row.slug,
        status: row.status,
        publishedAt: row.published_at,
        scheduledAt: row.scheduled_at,
      }
    : null;
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function findCategoryId(db: DbOrTx, slug: string): Promise<string | null> {
  const row = await db.articleCategory.findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? null;
}

export async function isSlugTaken(db: DbOrTx, slug: string, exceptId?: string): Promise<boolean> {
  const row = await db.article.findUnique({ where: { slug }, select: { id: true } });
  return row !== null && row.id !== exceptId;
}

export interface ArticleSettings {
  slug: string;
  categoryId: string;
  troubleType: TroubleType;
  subtype: string | null;
  tags: string[];
}

export interface LocaleText extends ArticleTextVersion {
  locale: Locale;
}

/** A new draft with revision 1 of each language given; its current text is that revision. */
export async function createArticleDraft(
  tx: DbOrTx,
  input: ArticleSettings & { texts: readonly LocaleText[]; authorStaffId: string; now: Date },
): Promise<{ id: string }> {
  return tx.article.create({
    data: {
      slug: input.slug,
      categoryId: input.categoryId,
      troubleType: input.troubleType,
      subtype: input.subtype,
      tags: input.tags,
      status: "draft",
      createdAt: input.now,
      translations: {
        create: input.texts.map(({ locale, title, summary, body }) => ({
          locale,
          title,
          summary,
          body,
          updatedAt: input.now,
        })),
      },
      revisions: {
        create: input.texts.map(({ locale, title, summary, body }) => ({
          locale,
          number: 1,
          title,
          summary,
          body,
          authorStaffId: input.authorStaffId,
          createdAt: input.now,
        })),
      },
    },
    select: { id: true },
  });
}

/** Adds the next revision of each language given (call with the article locked). */
export async function appendRevisions(
  tx: DbOrTx,
  input: { articleId: string; texts: readonly LocaleText[]; authorStaffId: string | null; now: Date },
): Promise<{ id: string; locale: Locale; number: number }[]> {
  const created: { id: string; locale: Locale; number: number }[] = [];
  for (const text of input.texts) {
    const last = await tx.articleRevision.aggregate({
      where: { articleId: input.articleId, locale: text.locale },
      _max: { number: true },
    });
    const number = (last._max.number ?? 0) + 1;
    const row = await tx.articleRevision.create({
      data: {
        articleId: input.articleId,
        locale: text.locale,
        number,
        title: text.title,
        summary: text.summary,
        body: text.body,
        authorStaffId: input.authorStaffId,
        createdAt: input.now,
      },
      select: { id: true },
    });
    created.push({ id: row.id, locale: text.locale, number });
  }
  return created;
}

/** Makes these texts the ones readers see (or will see, for an unpublished article). */
export async function writeCurrentText(
  tx: DbOrTx,
  input: { articleId: string; texts: readonly LocaleText[]; now: Date },
): Promise<void> {
  for (const { locale, title, summary, body } of input.texts) {
    await tx.articleTranslation.upsert({
      where: { articleId_locale: { articleId: input.articleId, locale } },
      create: { articleId: input.articleId, locale, title, summary, body, updatedAt: input.now },
      update: { title, summary, body, updatedAt: input.now },
      select: { articleId: true },
    });
  }
}

export async function updateArticle(
  tx: DbOrTx,
  id: string,
  changes: Partial<ArticleSettings> & {
    status?: ArticleStatus;
    publishedAt?: Date | null;
    scheduledAt?: Date | null;
  },
): Promise<void> {
  await tx.article.update({ where: { id }, data: changes, select: { id: true } });
}

/**
 * Scheduled articles due at `now`, locked; SKIP LOCKED lets the scheduler of every app instance
 * run at once without two of them publishing the same article.
 */
export async function claimDueArticles(tx: DbOrTx, now: Date, take: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM article
    WHERE scheduled_at <= ${now} AND status IN ('draft', 'review')
    ORDER BY scheduled_at, id
    LIMIT ${take}
    FOR UPDATE SKIP LOCKED`;
  return rows.map((row) => row.id);
}
