import {
  articleListSchema,
  articleRefSchema,
  articleSaveSchema,
} from "@madoguchi/core/knowledge-base/article-schemas";
import { listCategoryOptions } from "@madoguchi/db/knowledge-base/article-console-queries";
import { router } from "../trpc/init";
import { saveArticle } from "./article-editing";
import { articleWriter } from "./article-procedures";
import { getArticle, listArticles } from "./article-views";

/** Finding, reading and writing articles: what every writer does all day. */
export const articlesEditingRouter = router({
  list: articleWriter.input(articleListSchema).query(({ ctx, input }) => listArticles(ctx, input)),
  categories: articleWriter.query(({ ctx }) => listCategoryOptions(ctx.db)),
  get: articleWriter.input(articleRefSchema).query(({ ctx, input }) => getArticle(ctx, input.id)),
  save: articleWriter.input(articleSaveSchema).mutation(({ ctx, input }) => saveArticle(ctx, input)),
});
