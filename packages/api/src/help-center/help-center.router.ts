import { DomainError } from "@madoguchi/core/errors/domain-error";
import { articleFeedbackInputSchema, articleSlugSchema } from "@madoguchi/core/help-center/article-feedback";
import { localeSchema } from "@madoguchi/core/locale/locale";
import {
  findArticle,
  findCategory,
  listCategories,
  listCategorySlugs,
  phoneSupportPlans,
  popularArticles,
  recentlyUpdatedArticles,
  relatedArticles,
  sitemapArticles,
} from "@madoguchi/db/help-center/article-repository";
import { listAnnouncements } from "@madoguchi/db/status/announcement-repository";
import { z } from "zod";
import { router } from "../trpc/init";
import { publicProcedure } from "../trpc/procedures";
import { submitArticleFeedback } from "./submit-article-feedback";

const localeInput = z.object({ locale: localeSchema });
const slugInput = z.object({ locale: localeSchema, slug: articleSlugSchema });

/** The public help center: everything here is readable by anyone and cached by the pages. */
export const helpCenterRouter = router({
  home: publicProcedure.input(localeInput).query(async ({ ctx, input }) => {
    const now = ctx.now();
    const [categories, popular, recent] = await Promise.all([
      listCategories(ctx.db, input.locale, now),
      popularArticles(ctx.db, input.locale, now, 6),
      recentlyUpdatedArticles(ctx.db, input.locale, now, 6),
    ]);
    return { categories, popular, recent };
  }),

  category: publicProcedure.input(slugInput).query(async ({ ctx, input }) => {
    const category = await findCategory(ctx.db, input.slug, input.locale, ctx.now());
    if (!category) throw new DomainError("NOT_FOUND", "helpCenter.category.notFound");
    return category;
  }),

  article: publicProcedure.input(slugInput).query(async ({ ctx, input }) => {
    const now = ctx.now();
    const article = await findArticle(ctx.db, input.slug, input.locale, now);
    if (!article) throw new DomainError("NOT_FOUND", "helpCenter.article.notFound");
    const related = await relatedArticles(
      ctx.db,
      { id: article.id, tags: article.tags, categorySlug: article.category.slug },
      input.locale,
      now,
      5,
    );
    return { article, related };
  }),

  /** What the contact-window guide needs from the data: categories, plans with phone support. */
  guide: publicProcedure.input(localeInput).query(async ({ ctx, input }) => {
    const [categories, phonePlans] = await Promise.all([
      listCategories(ctx.db, input.locale, ctx.now()),
      phoneSupportPlans(ctx.db),
    ]);
    return { categories, phonePlans };
  }),

  /** Every public page's URL ingredients, for sitemap.xml. */
  sitemap: publicProcedure.query(async ({ ctx }) => {
    const now = ctx.now();
    const [articles, categories, announcements] = await Promise.all([
      sitemapArticles(ctx.db, now),
      listCategorySlugs(ctx.db),
      listAnnouncements(ctx.db, "ja", now, 500),
    ]);
    return {
      articles,
      categories,
      announcements: announcements.map((a) => ({ slug: a.slug, updatedAt: a.updatedAt })),
    };
  }),

  /** "Was this helpful?" Anyone may vote; votes are counted per client and article, and limited. */
  feedback: publicProcedure.input(articleFeedbackInputSchema).mutation(async ({ ctx, input }) => {
    return submitArticleFeedback(ctx, input);
  }),
});
