import { z } from "zod";
import { articleSlugSchema } from "../help-center/article-feedback";
import { localeSchema } from "../locale/locale";
import { findSubtype } from "../trouble/subtypes";
import { troubleTypeSchema } from "../trouble/trouble-types";
import { articleStatuses } from "./article-workflow";

export const ARTICLE_TITLE_MAX = 200;
export const ARTICLE_SUMMARY_MAX = 500;
export const ARTICLE_BODY_MAX = 100_000;

/** One language's text of an article, as the editor sends it. */
export const articleTextSchema = z.object({
  title: z.string().trim().min(1).max(ARTICLE_TITLE_MAX),
  summary: z.string().trim().max(ARTICLE_SUMMARY_MAX).default(""),
  body: z
    .string()
    .max(ARTICLE_BODY_MAX)
    .refine((body) => body.trim().length > 0, "required"),
});
export type ArticleText = z.infer<typeof articleTextSchema>;

const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}_-]+$/u);

/**
 * Saving an article: its settings and the text of each language. A language left out keeps its
 * text; Japanese is required to create one. `baseRevisions` are the newest revision numbers the
 * editor loaded: if someone saved since, the save is refused instead of overwriting their work.
 */
export const articleSaveSchema = z
  .object({
    id: z.uuid().optional(),
    slug: articleSlugSchema,
    categorySlug: articleSlugSchema,
    troubleType: troubleTypeSchema,
    subtype: z.string().max(60).nullish(),
    tags: z.array(tagSchema).max(20).default([]),
    ja: articleTextSchema.optional(),
    en: articleTextSchema.optional(),
    baseRevisions: z
      .object({ ja: z.number().int().min(0).nullable(), en: z.number().int().min(0).nullable() })
      .optional(),
  })
  .refine((input) => input.id !== undefined || input.ja !== undefined, {
    message: "Japanese text is required",
    path: ["ja"],
  })
  .refine((input) => !input.subtype || findSubtype(input.troubleType, input.subtype) !== undefined, {
    message: "unknown subtype",
    path: ["subtype"],
  });
export type ArticleSaveInput = z.infer<typeof articleSaveSchema>;

export const articleRefSchema = z.object({ id: z.uuid() });

export const articleScheduleSchema = z.object({
  id: z.uuid(),
  /** null cancels the schedule. */
  at: z.date().nullable(),
});

export const articleListSchema = z.object({
  status: z.enum(articleStatuses).optional(),
  categorySlug: articleSlugSchema.optional(),
  /** Words of the title or the slug. */
  q: z.string().trim().max(100).optional(),
  flag: z.enum(["translation_stale", "translation_missing", "scheduled", "unpublished_changes"]).optional(),
});
export type ArticleListInput = z.infer<typeof articleListSchema>;

export const revisionRefSchema = z.object({ articleId: z.uuid(), revisionId: z.uuid() });

export const revisionListSchema = z.object({ articleId: z.uuid(), locale: localeSchema.optional() });

/** Two revisions of one language of one article; without `to`, the newest one. */
export const revisionDiffSchema = z.object({
  articleId: z.uuid(),
  from: z.uuid(),
  to: z.uuid().optional(),
});

/** Insights over this many days back. */
export const insightsWindowSchema = z.number().int().min(1).max(365).default(30);
