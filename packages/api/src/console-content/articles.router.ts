import { insightsWindowSchema } from "@madoguchi/core/knowledge-base/article-schemas";
import { z } from "zod";
import { router, t } from "../trpc/init";
import { articleWriter } from "./article-procedures";
import { articlesEditingRouter } from "./articles-editing.router";
import { articlesRevisionsRouter } from "./articles-revisions.router";
import { articlesWorkflowRouter } from "./articles-workflow.router";
import { articleInsights, contentOverview } from "./content-insights";

/**
 * The knowledge base of the console, one flat namespace (`articles.save`, `articles.publish`,
 * `articles.diff` ...) composed of three routers: editing, workflow, revisions.
 */
export const articlesRouter = t.mergeRouters(
  articlesEditingRouter,
  articlesWorkflowRouter,
  articlesRevisionsRouter,
);

/** Readers' feedback and unanswered searches, to decide what to write next. */
export const contentInsightsRouter = router({
  /** Over the help center: unanswered searches, least helpful articles, latest reasons. */
  overview: articleWriter
    .input(z.object({ days: insightsWindowSchema }))
    .query(({ ctx, input }) => contentOverview(ctx, input.days)),
  /** Per article: votes, reasons, and the unanswered searches its text would answer. */
  article: articleWriter
    .input(z.object({ articleId: z.uuid(), days: insightsWindowSchema }))
    .query(({ ctx, input }) => articleInsights(ctx, input)),
});
