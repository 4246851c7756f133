import {
  revisionDiffSchema,
  revisionListSchema,
  revisionRefSchema,
} from "@madoguchi/core/knowledge-base/article-schemas";
import { router } from "../trpc/init";
import { restoreRevision } from "./article-editing";
import { articleWriter } from "./article-procedures";
import { articleRevisions, diffRevisions } from "./article-views";

/** An article's history: its revisions, the diff of two, and restoring an old one as a new draft. */
export const articlesRevisionsRouter = router({
  revisions: articleWriter.input(revisionListSchema).query(({ ctx, input }) => articleRevisions(ctx, input)),
  diff: articleWriter.input(revisionDiffSchema).query(({ ctx, input }) => diffRevisions(ctx, input)),
  restore: articleWriter.input(revisionRefSchema).mutation(({ ctx, input }) => restoreRevision(ctx, input)),
});
