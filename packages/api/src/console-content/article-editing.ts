import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { ArticleSaveInput } from "@madoguchi/core/knowledge-base/article-schemas";
import {
  applyArticleAction,
  canChangeSettings,
  canChangeSlug,
  scheduleAfterSave,
} from "@madoguchi/core/knowledge-base/article-workflow";
import type { Locale } from "@madoguchi/core/locale/locale";
import {
  type ArticleTextVersion,
  findRevisions,
  newestRevisions,
  type WorkingRevision,
} from "@madoguchi/db/knowledge-base/article-console-queries";
import {
  appendRevisions,
  createArticleDraft,
  findCategoryId,
  isSlugTaken,
  isUniqueViolation,
  type LocaleText,
  lockArticle,
  updateArticle,
  writeCurrentText,
} from "@madoguchi/db/knowledge-base/article-console-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { auditContent, type ContentCtx, staffActor } from "./content-context";

export interface SaveResult {
  id: string;
  /** The revisions this save added (none when nothing changed). */
  revisions: { locale: Locale; number: number }[];
}

export function sameText(a: ArticleTextVersion | undefined, b: ArticleTextVersion | undefined): boolean {
  return (
    a !== undefined && b !== undefined && a.title === b.title && a.summary === b.summary && a.body === b.body
  );
}

/** The languages whose text differs from their newest revision: only they get a new one. */
function changedTexts(
  input: Partial<Record<Locale, ArticleTextVersion>>,
  newest: Partial<Record<Locale, WorkingRevision>>,
): LocaleText[] {
  return (["ja", "en"] as const).flatMap((locale) => {
    const text = input[locale];
    return text && !sameText(text, newest[locale]) ? [{ locale, ...text }] : [];
  });
}

/**
 * Creates an article (a draft) or saves one: every save that changes a language adds a
 * revision. A draft or an article in review shows the new text at once in the console (readers
 * see neither); a published article keeps what readers see until someone publishes the change.
 */
export async function saveArticle(ctx: ContentCtx, input: ArticleSaveInput): Promise<SaveResult> {
  try {
    return await ctx.db.$transaction(async (tx) =>
      input.id ? saveExisting(tx, ctx, { ...input, id: input.id }) : createDraft(tx, ctx, input),
    );
  } catch (error) {
    // Two first saves of one slug at once: the unique index decides, the loser is told.
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "knowledgeBase.slugTaken");
    throw error;
  }
}

async function settingsOf(tx: DbOrTx, input: ArticleSaveInput) {
  const categoryId = await findCategoryId(tx, input.categorySlug);
  if (!categoryId) throw new DomainError("NOT_FOUND", "knowledgeBase.categoryNotFound");
  return {
    categoryId,
    troubleType: input.troubleType,
    subtype: input.subtype ?? null,
    tags: [...new Set(input.tags)],
  };
}

async function createDraft(tx: DbOrTx, ctx: ContentCtx, input: ArticleSaveInput): Promise<SaveResult> {
  const now = ctx.now();
  if (await isSlugTaken(tx, input.slug)) throw new DomainError("CONFLICT", "knowledgeBase.slugTaken");
  const texts = changedTexts({ ja: input.ja, en: input.en }, {});
  const { id } = await createArticleDraft(tx, {
    slug: input.slug,
    ...(await settingsOf(tx, input)),
    texts,
    authorStaffId: ctx.staff.id,
    now,
  });
  await auditContent(tx, staffActor(ctx), ctx, {
    action: "article.created",
    objectType: "article",
    objectId: id,
    at: now,
    data: { slug: input.slug, locales: texts.map((t) => t.locale) },
  });
  return { id, revisions: texts.map((t) => ({ locale: t.locale, number: 1 })) };
}

async function saveExisting(
  tx: DbOrTx,
  ctx: ContentCtx,
  input: ArticleSaveInput & { id: string },
): Promise<SaveResult> {
  const now = ctx.now();
  const article = await lockArticle(tx, input.id);
  if (!article) throw new DomainError("NOT_FOUND", "knowledgeBase.article.notFound");
  applyArticleAction({ role: ctx.staff.role, status: article.status, hasUnpublishedChanges: false }, "save");
  const newest = await newestRevisions(tx, article.id);
  if (input.baseRevisions) {
    for (const locale of ["ja", "en"] as const) {
      if ((newest[locale]?.number ?? null) !== input.baseRevisions[locale]) {
        throw new DomainError("CONFLICT", "knowledgeBase.staleEdit");
      }
    }
  }
  if (input.slug !== article.slug) {
    if (!canChangeSlug(article)) throw new DomainError("CONFLICT", "knowledgeBase.slugFixed");
    if (await isSlugTaken(tx, input.slug, article.id))
      throw new DomainError("CONFLICT", "knowledgeBase.slugTaken");
  }
  const settings = await settingsOf(tx, input);
  const current = await tx.article.findUniqueOrThrow({
    where: { id: article.id },
    select: { categoryId: true, troubleType: true, subtype: true, tags: true },
  });
  const settingsChanged =
    settings.categoryId !== current.categoryId ||
    settings.troubleType !== current.troubleType ||
    settings.subtype !== current.subtype ||
    settings.tags.join("\n") !== current.tags.join("\n");
  if (settingsChanged && !canChangeSettings(ctx.staff.role, article.status)) {
    throw new DomainError("FORBIDDEN", "knowledgeBase.settingsNeedPublisher");
  }

  const texts = changedTexts({ ja: input.ja, en: input.en }, newest);
  const revisions = await recordTexts(tx, ctx, article, texts, now);
  if (texts.length > 0 || settingsChanged || input.slug !== article.slug) {
    await updateArticle(tx, article.id, {
      ...settings,
      slug: input.slug,
      ...(texts.length > 0 ? { scheduledAt: scheduleAfterSave(ctx.staff.role, article.scheduledAt) } : {}),
    });
    await auditContent(tx, staffActor(ctx), ctx, {
      action: "article.saved",
      objectType: "article",
      objectId: article.id,
      at: now,
      data: {
        revisions: revisions.map((r) => `${r.locale}#${r.number}`),
        settingsChanged,
        ...(input.slug !== article.slug ? { slug: input.slug } : {}),
      },
    });
  }
  return { id: article.id, revisions };
}

/** New revisions; the current text follows them unless readers see it (a published article). */
async function recordTexts(
  tx: DbOrTx,
  ctx: ContentCtx,
  article: { id: string; status: string },
  texts: readonly LocaleText[],
  now: Date,
): Promise<{ locale: Locale; number: number }[]> {
  if (texts.length === 0) return [];
  const created = await appendRevisions(tx, {
    articleId: article.id,
    texts,
    authorStaffId: ctx.staff.id,
    now,
  });
  if (article.status !== "published") await writeCurrentText(tx, { articleId: article.id, texts, now });
  return created.map(({ locale, number }) => ({ locale, number }));
}

/**
 * Brings an old revision back as the newest one (history is never rewritten): the same as
 * saving its text again, with the same rules.
 */
export async function restoreRevision(
  ctx: ContentCtx,
  input: { articleId: string; revisionId: string },
): Promise<SaveResult> {
  return ctx.db.$transaction(async (tx) => {
    const now = ctx.now();
    const article = await lockArticle(tx, input.articleId);
    if (!article) throw new DomainError("NOT_FOUND", "knowledgeBase.article.notFound");
    const [revision] = await findRevisions(tx, article.id, [input.revisionId]);
    if (!revision) throw new DomainError("NOT_FOUND", "knowledgeBase.revision.notFound");
    applyArticleAction(
      { role: ctx.staff.role, status: article.status, hasUnpublishedChanges: false },
      "save",
    );
    const newest = await newestRevisions(tx, article.id);
    if (sameText(revision, newest[revision.locale])) {
      throw new DomainError("CONFLICT", "knowledgeBase.revision.alreadyNewest");
    }
    const text = {
      locale: revision.locale,
      title: revision.title,
      summary: revision.summary,
      body: revision.body,
    };
    const revisions = await recordTexts(tx, ctx, article, [text], now);
    await updateArticle(tx, article.id, {
      scheduledAt: scheduleAfterSave(ctx.staff.role, article.scheduledAt),
    });
    await auditContent(tx, staffActor(ctx), ctx, {
      action: "article.revision.restored",
      objectType: "article",
      objectId: article.id,
      at: now,
      data: { locale: revision.locale, from: revision.number, as: revisions[0]?.number ?? null },
    });
    return { id: article.id, revisions };
  });
}
