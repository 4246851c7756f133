import {
  articleListSchema,
  articleRefSchema,
  articleSaveSchema,
  articleScheduleSchema,
  insightsWindowSchema,
  revisionDiffSchema,
  revisionListSchema,
  revisionRefSchema,
} from "@madoguchi/core/knowledge-base/article-schemas";
import { articleWorkflow } from "@madoguchi/core/knowledge-base/article-workflow";
import { listCategoryOptions } from "@madoguchi/db/knowledge-base/article-console-queries";
import { z } from "zod";
import { router } from "../trpc/init";
import { staffProcedureWith } from "../trpc/procedures";
import { restoreRevision, saveArticle } from "./article-editing";
import { changeArticleStatus, publishArticle, scheduleArticle } from "./article-publishing";
import { articleRevisions, diffRevisions, getArticle, listArticles } from "./article-views";
import { articleInsights, contentOverview } from "./content-insights";

/** Each procedure asks core's workflow table which permission its action needs. */
const write = staffProcedureWith(articleWorkflow.save.permission);
const may = (action: keyof typeof articleWorkflow) => staffProcedureWith(articleWorkflow[action].permission);

/**
 * The knowledge base of the console. Writers (agents) read, write, submit and restore;
 * publishers (leads, admins) also publish, schedule, unpublish, archive and send back.
 */
export const articlesRouter = router({
  list: write.input(articleListSchema).query(({ ctx, input }) => listArticles(ctx, input)),
  categories: write.query(({ ctx }) => listCategoryOptions(ctx.db)),
  get: write.input(articleRefSchema).query(({ ctx, input }) => getArticle(ctx, input.id)),
  save: write.input(articleSaveSchema).mutation(({ ctx, input }) => saveArticle(ctx, input)),
  submitForReview: may("submit_for_review")
    .input(articleRefSchema)
    .mutation(({ ctx, input }) => changeArticleStatus(ctx, input.id, "submit_for_review")),
  returnToDraft: may("return_to_draft")
    .input(articleRefSchema)
    .mutation(({ ctx, input }) => changeArticleStatus(ctx, input.id, "return_to_draft")),
  publish: may("publish")
    .input(articleRefSchema)
    .mutation(({ ctx, input }) => publishArticle(ctx, input.id)),
  unpublish: may("unpublish")
    .input(articleRefSchema)
    .mutation(({ ctx, input }) => changeArticleStatus(ctx, input.id, "unpublish")),
  archive: may("archive")
    .input(articleRefSchema)
    .mutation(({ ctx, input }) => changeArticleStatus(ctx, input.id, "archive")),
  schedule: may("schedule")
    .input(articleScheduleSchema)
    .mutation(({ ctx, input }) => scheduleArticle(ctx, input.id, input.at)),
  revisions: write.input(revisionListSchema).query(({ ctx, input }) => articleRevisions(ctx, input)),
  diff: write.input(revisionDiffSchema).query(({ ctx, input }) => diffRevisions(ctx, input)),
  restore: write.input(revisionRefSchema).mutation(({ ctx, input }) => restoreRevision(ctx, input)),
});

/** Readers' feedback and unanswered searches, to decide what to write next. */
export const contentInsightsRouter = router({
  /** Over the help center: unanswered searches, least helpful articles, latest reasons. */
  overview: write
    .input(z.object({ days: insightsWindowSchema }))
    .query(({ ctx, input }) => contentOverview(ctx, input.days)),
  /** Per article: votes, reasons, and the unanswered searches its text would answer. */
  article: write
    .input(z.object({ articleId: z.uuid(), days: insightsWindowSchema }))
    .query(({ ctx, input }) => articleInsights(ctx, input)),
});
