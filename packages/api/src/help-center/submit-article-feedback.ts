import { DomainError } from "@madoguchi/core/errors/domain-error";
import { type ArticleFeedbackInput, feedbackRules } from "@madoguchi/core/help-center/article-feedback";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import { findVisibleArticleRef } from "@madoguchi/db/help-center/article-repository";
import { recordFeedbackVote } from "@madoguchi/db/help-center/feedback-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import type { Context } from "../context/context";
import { clientKey } from "./client-key";
import { helpCenterEnv } from "./env";

export interface FeedbackResult {
  recorded: true;
  helpful: boolean;
  /** For a "no": the trouble type to preselect when the reader goes on to contact support. */
  troubleType: TroubleType;
}

export async function submitArticleFeedback(
  ctx: Pick<Context, "db" | "ip" | "now">,
  input: ArticleFeedbackInput,
): Promise<FeedbackResult> {
  const now = ctx.now();
  const article = await findVisibleArticleRef(ctx.db, input.slug, now);
  if (!article) throw new DomainError("NOT_FOUND", "helpCenter.article.notFound");
  const client = clientKey(ctx.ip, helpCenterEnv().secret);
  const limit = await hitRateLimit(ctx.db, { key: `feedback:${client}`, ...feedbackRules.perClient }, now);
  if (!limit.allowed) throw new DomainError("RATE_LIMITED", "helpCenter.feedback.rateLimited");
  await recordFeedbackVote(ctx.db, {
    articleId: article.id,
    locale: input.locale,
    helpful: input.helpful,
    reason: input.reason,
    clientKey: client,
    now,
    windowMs: feedbackRules.voteWindowMs,
  });
  return { recorded: true, helpful: input.helpful, troubleType: article.troubleType };
}
