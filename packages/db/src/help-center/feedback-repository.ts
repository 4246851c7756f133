import type { Locale } from "@madoguchi/core/locale/locale";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface FeedbackVote {
  articleId: string;
  locale: Locale;
  helpful: boolean;
  reason: string | undefined;
  /** A keyed hash of the client, never its address. */
  clientKey: string;
  now: Date;
  /** A vote of the same client on the same article within this window is replaced, not added. */
  windowMs: number;
}

/**
 * Records a "was this helpful?" vote, replacing this client's recent vote on the article if
 * there is one (changing one's mind, or adding a reason to a "no", is not a second vote).
 */
export async function recordFeedbackVote(
  db: DbOrTx,
  vote: FeedbackVote,
): Promise<{ id: string; replaced: boolean }> {
  const since = new Date(vote.now.getTime() - vote.windowMs);
  const existing = await db.articleFeedback.findFirst({
    where: { articleId: vote.articleId, clientKey: vote.clientKey, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  const reason = vote.helpful ? null : (vote.reason ?? null);
  if (existing) {
    await db.articleFeedback.update({
      where: { id: existing.id },
      data: { helpful: vote.helpful, locale: vote.locale, ...(vote.helpful || reason ? { reason } : {}) },
      select: { id: true },
    });
    return { id: existing.id, replaced: true };
  }
  const created = await db.articleFeedback.create({
    data: {
      articleId: vote.articleId,
      locale: vote.locale,
      helpful: vote.helpful,
      reason,
      clientKey: vote.clientKey,
      createdAt: vote.now,
    },
    select: { id: true },
  });
  return { id: created.id, replaced: false };
}

export async function feedbackCounts(
  db: DbOrTx,
  articleId: string,
): Promise<{ helpful: number; notHelpful: number }> {
  const groups = await db.articleFeedback.groupBy({
    by: ["helpful"],
    where: { articleId },
    _count: { _all: true },
  });
  const count = (helpful: boolean) => groups.find((g) => g.helpful === helpful)?._count._all ?? 0;
  return { helpful: count(true), notHelpful: count(false) };
}
