import { articleRefSchema, articleScheduleSchema } from "@madoguchi/core/knowledge-base/article-schemas";
import { router } from "../trpc/init";
import { articleStep } from "./article-procedures";
import { changeArticleStatus, publishArticle, scheduleArticle } from "./article-publishing";

/**
 * Moving an article through draft -> review -> published -> archived. Writers submit; publishers
 * (leads, admins) publish, schedule, unpublish, archive and send back.
 */
export const articlesWorkflowRouter = router({
  submitForReview: articleStep("submit_for_review")
    .input(articleRefSchema)
    .mutation(({ ctx, input }) => changeArticleStatus(ctx, input.id, "submit_for_review")),
  returnToDraft: articleStep("return_to_draft")
    .input(articleRefSchema)
    .mutation(({ ctx, input }) => changeArticleStatus(ctx, input.id, "return_to_draft")),
  publish: articleStep("publish")
    .input(articleRefSchema)
    .mutation(({ ctx, input }) => publishArticle(ctx, input.id)),
  unpublish: articleStep("unpublish")
    .input(articleRefSchema)
    .mutation(({ ctx, input }) => changeArticleStatus(ctx, input.id, "unpublish")),
  archive: articleStep("archive")
    .input(articleRefSchema)
    .mutation(({ ctx, input }) => changeArticleStatus(ctx, input.id, "archive")),
  schedule: articleStep("schedule")
    .input(articleScheduleSchema)
    .mutation(({ ctx, input }) => scheduleArticle(ctx, input.id, input.at)),
});
