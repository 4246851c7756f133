import { DomainError } from "@madoguchi/core/errors/domain-error";
import { helpfulRatio, rankForRewrite } from "@madoguchi/core/knowledge-base/article-feedback-summary";
import { searchGapsAnsweredBy } from "@madoguchi/core/knowledge-base/search-gaps";
import { newestRevisions } from "@madoguchi/db/knowledge-base/article-console-queries";
import {
  articleFeedbackByLocale,
  feedbackReasons,
  feedbackTallies,
  searchGaps,
  searchTotals,
} from "@madoguchi/db/knowledge-base/content-insights-repository";
import type { ContentCtx } from "./content-context";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How many distinct unanswered searches an article's text is checked against. */
const GAPS_CHECKED = 300;

/**
 * What to write next, over the whole help center: the searches that found nothing (most
 * frequent first), the articles readers found least helpful, and their latest reasons.
 */
export async function contentOverview(ctx: ContentCtx, days: number) {
  const since = new Date(ctx.now().getTime() - days * DAY_MS);
  const [gaps, totals, tallies, reasons] = await Promise.all([
    searchGaps(ctx.db, since, 50),
    searchTotals(ctx.db, since),
    feedbackTallies(ctx.db, since),
    feedbackReasons(ctx.db, { since, take: 30 }),
  ]);
  const titles = new Map(tallies.map((tally) => [tally.articleId, tally]));
  return {
    since,
    searches: totals,
    gaps,
    votes: {
      helpful: tallies.reduce((sum, t) => sum + t.helpful, 0),
      notHelpful: tallies.reduce((sum, t) => sum + t.notHelpful, 0),
    },
    toRewrite: rankForRewrite(tallies)
      .slice(0, 20)
      .map((tally) => ({ ...tally, ratio: helpfulRatio(tally) })),
    reasons: reasons.map((reason) => ({
      ...reason,
      slug: titles.get(reason.articleId)?.slug ?? null,
      titleJa: titles.get(reason.articleId)?.titleJa ?? null,
    })),
  };
}

/**
 * One article's readers: votes per language with their reasons, and the unanswered searches
 * its current working text would answer (checked with the help center's own search engine).
 */
export async function articleInsights(ctx: ContentCtx, input: { articleId: string; days: number }) {
  const since = new Date(ctx.now().getTime() - input.days * DAY_MS);
  const article = await ctx.db.article.findUnique({
    where: { id: input.articleId },
    select: { id: true, tags: true },
  });
  if (!article) throw new DomainError("NOT_FOUND", "knowledgeBase.article.notFound");
  const [votes, reasons, gaps, working] = await Promise.all([
    articleFeedbackByLocale(ctx.db, article.id, since),
    feedbackReasons(ctx.db, { since, articleId: article.id, take: 50 }),
    searchGaps(ctx.db, since, GAPS_CHECKED),
    newestRevisions(ctx.db, article.id),
  ]);
  const texts = Object.values(working).map(({ locale, title, summary, body }) => ({
    locale,
    title,
    summary,
    body,
  }));
  const helpful = votes.reduce((sum, v) => sum + v.helpful, 0);
  const notHelpful = votes.reduce((sum, v) => sum + v.notHelpful, 0);
  return {
    since,
    votes: { helpful, notHelpful, ratio: helpfulRatio({ helpful, notHelpful }), byLocale: votes },
    reasons: reasons.map(({ locale, reason, createdAt }) => ({ locale, reason, createdAt })),
    answersGaps: searchGapsAnsweredBy({ tags: article.tags, texts }, gaps).slice(0, 30),
  };
}
