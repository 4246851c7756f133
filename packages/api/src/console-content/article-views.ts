import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { ArticleListInput } from "@madoguchi/core/knowledge-base/article-schemas";
import { availableArticleActions } from "@madoguchi/core/knowledge-base/article-workflow";
import { diffHunks, diffLines, diffStats } from "@madoguchi/core/knowledge-base/line-diff";
import { translationStates } from "@madoguchi/core/knowledge-base/translation-freshness";
import { locales, type Locale } from "@madoguchi/core/locale/locale";
import {
  articlesWithUnpublishedChanges,
  findConsoleArticle,
  findRevisions,
  listConsoleArticles,
  listRevisions,
  newestRevisions,
  revisionTimes,
  staffNames,
} from "@madoguchi/db/knowledge-base/article-console-queries";
import { sameText } from "./article-editing";
import type { ContentCtx } from "./content-context";

/** The console's article list, with what needs attention: stale or missing English, schedules, waiting changes. */
export async function listArticles(ctx: ContentCtx, input: ArticleListInput) {
  const rows = await listConsoleArticles(ctx.db, input);
  const ids = rows.map((row) => row.id);
  const [times, pending] = await Promise.all([
    revisionTimes(ctx.db, ids),
    articlesWithUnpublishedChanges(ctx.db, ids),
  ]);
  const articles = rows.map((row) => {
    const english = translationStates(times.get(row.id) ?? {}, locales).en ?? "missing";
    return { ...row, english, unpublishedChanges: pending.has(row.id) };
  });
  const flagged = {
    translation_stale: (a: (typeof articles)[number]) => a.english === "stale",
    translation_missing: (a: (typeof articles)[number]) => a.english === "missing",
    scheduled: (a: (typeof articles)[number]) => a.scheduledAt !== null,
    unpublished_changes: (a: (typeof articles)[number]) => a.unpublishedChanges,
  };
  return input.flag ? articles.filter(flagged[input.flag]) : articles;
}

/** One article for the editor: settings, the working copy of each language, what readers see, and what may be done. */
export async function getArticle(ctx: ContentCtx, id: string) {
  const article = await findConsoleArticle(ctx.db, id);
  if (!article) throw new DomainError("NOT_FOUND", "knowledgeBase.article.notFound");
  const names = await staffNames(
    ctx.db,
    Object.values(article.working).map((revision) => revision.authorStaffId),
  );
  const changed: Partial<Record<Locale, Date>> = Object.fromEntries(
    Object.values(article.working).map((revision) => [revision.locale, revision.createdAt]),
  );
  const unpublishedLocales =
    article.status === "published"
      ? locales.filter(
          (locale) => article.working[locale] && !sameText(article.working[locale], article.live[locale]),
        )
      : [];
  const working = Object.fromEntries(
    Object.values(article.working).map(({ authorStaffId, ...revision }) => [
      revision.locale,
      { ...revision, author: authorStaffId ? (names.get(authorStaffId) ?? null) : null },
    ]),
  );
  return {
    ...article,
    working,
    translations: translationStates(changed, locales),
    unpublishedLocales,
    actions: availableArticleActions({
      role: ctx.staff.role,
      status: article.status,
      hasUnpublishedChanges: unpublishedLocales.length > 0,
    }),
  };
}

export async function articleRevisions(ctx: ContentCtx, input: { articleId: string; locale?: Locale }) {
  const rows = await listRevisions(ctx.db, input.articleId, input.locale);
  if (rows.length === 0 && !(await ctx.db.article.count({ where: { id: input.articleId } }))) {
    throw new DomainError("NOT_FOUND", "knowledgeBase.article.notFound");
  }
  const names = await staffNames(
    ctx.db,
    rows.map((row) => row.authorStaffId),
  );
  return rows.map(({ authorStaffId, ...row }) => ({
    ...row,
    author: authorStaffId ? (names.get(authorStaffId) ?? null) : null,
  }));
}

/** Two revisions of one language, line by line; without `to`, against the newest revision. */
export async function diffRevisions(
  ctx: ContentCtx,
  input: { articleId: string; from: string; to?: string },
) {
  const [from] = await findRevisions(ctx.db, input.articleId, [input.from]);
  if (!from) throw new DomainError("NOT_FOUND", "knowledgeBase.revision.notFound");
  const to = input.to
    ? (await findRevisions(ctx.db, input.articleId, [input.to]))[0]
    : (await newestRevisions(ctx.db, input.articleId))[from.locale];
  if (!to) throw new DomainError("NOT_FOUND", "knowledgeBase.revision.notFound");
  if (to.locale !== from.locale) throw new DomainError("INVALID", "knowledgeBase.diff.localeMismatch");
  const body = diffLines(from.body, to.body);
  const revision = (r: typeof from) => ({ id: r.id, number: r.number, createdAt: r.createdAt });
  return {
    locale: from.locale,
    from: revision(from),
    to: revision(to),
    title: from.title === to.title ? null : { before: from.title, after: to.title },
    summary: from.summary === to.summary ? null : { before: from.summary, after: to.summary },
    stats: diffStats(body),
    hunks: diffHunks(body),
  };
}
