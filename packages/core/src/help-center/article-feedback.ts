import { z } from "zod";
import { localeSchema } from "../locale/locale";

export const FEEDBACK_REASON_MAX = 1000;

export const articleSlugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** "Was this helpful?": yes or no, and for a no an optional reason in the reader's words. */
export const articleFeedbackInputSchema = z.object({
  slug: articleSlugSchema,
  locale: localeSchema,
  helpful: z.boolean(),
  reason: z
    .string()
    .trim()
    .max(FEEDBACK_REASON_MAX)
    .optional()
    .transform((reason) => (reason ? reason : undefined)),
});
export type ArticleFeedbackInput = z.infer<typeof articleFeedbackInputSchema>;

/**
 * One vote per reader and article and day: voting again (or adding a reason) replaces the
 * earlier vote, so counts per article are not inflated by repeats. Beyond that, a reader may
 * vote on a limited number of articles per hour.
 */
export const feedbackRules = {
  voteWindowMs: 24 * 60 * 60 * 1000,
  perClient: { limit: 30, windowMs: 60 * 60 * 1000 },
} as const;
