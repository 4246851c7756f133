import { DomainError } from "@madoguchi/core/errors/domain-error";
import {
  type ArticleAction,
  applyArticleAction,
  type ArticleStatus,
  validateSchedule,
} from "@madoguchi/core/knowledge-base/article-workflow";
import type { Db } from "@madoguchi/db/client/create-client";
import { newestRevisions } from "@madoguchi/db/knowledge-base/article-console-queries";
import {
  claimDueArticles,
  type LockedArticle,
  type LocaleText,
  lockArticle,
  updateArticle,
  writeCurrentText,
} from "@madoguchi/db/knowledge-base/article-console-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { sameText } from "./article-editing";
import { auditContent, type ContentActor, type ContentCtx, staffActor } from "./content-context";
import { revalidatePortal } from "./revalidate-portal";

export interface ArticleStateResult {
  id: string;
  status: ArticleStatus;
  scheduledAt: Date | null;
}

/** The newest revision of each language where it differs from the current text. */
async function pendingTexts(tx: DbOrTx, articleId: string): Promise<LocaleText[]> {
  const [newest, current] = await Promise.all([
    newestRevisions(tx, articleId),
    tx.articleTranslation.findMany({
      where: { articleId },
      select: { locale: true, title: true, summary: true, body: true },
    }),
  ]);
  return (["ja", "en"] as const).flatMap((locale) => {
    const revision = newest[locale];
    const live = current.find((t) => t.locale === locale);
    if (!revision || sameText(revision, live)) return [];
    return [{ locale, title: revision.title, summary: revision.summary, body: revision.body }];
  });
}

/**
 * Makes the newest revisions what readers see. Only the languages that changed get a new
 * "last updated" date; the first publication date is kept on republishing.
 */
async function publishLocked(
  tx: DbOrTx,
  article: LockedArticle,
  actor: ContentActor,
  request: { ip: string | null; userAgent: string | null } | null,
  now: Date,
): Promise<ArticleStateResult> {
  const pending = await pendingTexts(tx, article.id);
  const role = actor.kind === "staff" ? actor.role : "admin";
  const status = applyArticleAction(
    { role, status: article.status, hasUnpublishedChanges: pending.length > 0 },
    "publish",
  );
  await writeCurrentText(tx, { articleId: article.id, texts: pending, now });
  await updateArticle(tx, article.id, { status, publishedAt: article.publishedAt ?? now, scheduledAt: null });
  await auditContent(tx, actor, request, {
    action: "article.published",
    objectType: "article",
    objectId: article.id,
    at: now,
    data: {
      from: article.status,
      locales: pending.map((t) => t.locale),
      ...(actor.kind === "system" ? { scheduledAt: article.scheduledAt?.toISOString() ?? null } : {}),
    },
  });
  return { id: article.id, status, scheduledAt: null };
}

async function withLockedArticle<T>(
  ctx: ContentCtx,
  id: string,
  work: (tx: DbOrTx, article: LockedArticle, now: Date) => Promise<T>,
): Promise<T> {
  return ctx.db.$transaction(async (tx) => {
    const article = await lockArticle(tx, id);
    if (!article) throw new DomainError("NOT_FOUND", "knowledgeBase.article.notFound");
    return work(tx, article, ctx.now());
  });
}

export async function publishArticle(ctx: ContentCtx, id: string): Promise<ArticleStateResult> {
  const result = await withLockedArticle(ctx, id, (tx, article, now) =>
    publishLocked(tx, article, staffActor(ctx), ctx, now),
  );
  await revalidatePortal("article published");
  return result;
}

const auditAction: Record<Exclude<ArticleAction, "save" | "publish" | "schedule">, string> = {
  submit_for_review: "article.submitted",
  return_to_draft: "article.returned_to_draft",
  unpublish: "article.unpublished",
  archive: "article.archived",
};

/**
 * Submit, send back to draft, unpublish or archive. Whatever leaves the published state takes
 * the newest text along (readers no longer see it) and drops any schedule.
 */
export async function changeArticleStatus(
  ctx: ContentCtx,
  id: string,
  action: keyof typeof auditAction,
): Promise<ArticleStateResult> {
  const { result, wasPublished } = await withLockedArticle(ctx, id, async (tx, article, now) => {
    const status = applyArticleAction(
      { role: ctx.staff.role, status: article.status, hasUnpublishedChanges: false },
      action,
    );
    const wasPublished = article.status === "published";
    if (wasPublished)
      await writeCurrentText(tx, { articleId: article.id, texts: await pendingTexts(tx, article.id), now });
    // Sending back or archiving withdraws the publisher's decision; submitting keeps it.
    const scheduledAt = action === "submit_for_review" ? article.scheduledAt : null;
    await updateArticle(tx, article.id, { status, scheduledAt });
    await auditContent(tx, staffActor(ctx), ctx, {
      action: auditAction[action],
      objectType: "article",
      objectId: article.id,
      at: now,
      data: { from: article.status, to: status },
    });
    return { result: { id: article.id, status, scheduledAt }, wasPublished };
  });
  if (wasPublished) await revalidatePortal(`article ${action}`);
  return result;
}

/** Sets the time the scheduler publishes the article at, or cancels it with null. */
export async function scheduleArticle(
  ctx: ContentCtx,
  id: string,
  at: Date | null,
): Promise<ArticleStateResult> {
  return withLockedArticle(ctx, id, async (tx, article, now) => {
    if (at) {
      validateSchedule(at, now);
      applyArticleAction(
        { role: ctx.staff.role, status: article.status, hasUnpublishedChanges: false },
        "schedule",
      );
    } else if (article.scheduledAt === null) {
      throw new DomainError("CONFLICT", "knowledgeBase.notScheduled");
    }
    await updateArticle(tx, article.id, { scheduledAt: at });
    await auditContent(tx, staffActor(ctx), ctx, {
      action: at ? "article.scheduled" : "article.schedule_cancelled",
      objectType: "article",
      objectId: article.id,
      at: now,
      data: { scheduledAt: at?.toISOString() ?? null },
    });
    return { id: article.id, status: article.status, scheduledAt: at };
  });
}

/** How many due articles one run publishes; the rest wait for the next run. */
const DUE_BATCH = 20;

/**
 * The scheduler's work: publishes every article whose time has come, as the system, in one
 * transaction per batch. Articles are claimed with SKIP LOCKED, so the schedulers of several
 * app instances share the work and none is published twice.
 */
export async function publishDueArticles(db: Db, now: Date): Promise<{ published: string[] }> {
  const published: string[] = [];
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      const ids = await claimDueArticles(tx, now, DUE_BATCH);
      for (const id of ids) {
        const article = await lockArticle(tx, id);
        if (article) await publishLocked(tx, article, { kind: "system" }, null, now);
      }
      return ids;
    });
    published.push(...batch);
    if (batch.length < DUE_BATCH) break;
  }
  if (published.length > 0) await revalidatePortal("scheduled articles published");
  return { published };
}
