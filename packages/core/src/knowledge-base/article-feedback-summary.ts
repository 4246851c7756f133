/** Helpful / not helpful votes of an article, and how its readers rate it. */
export interface FeedbackTally {
  helpful: number;
  notHelpful: number;
}

/** Below this many votes a ratio says little: such articles are not ranked as unhelpful. */
export const MIN_VOTES_TO_RANK = 3;

export function helpfulRatio(tally: FeedbackTally): number | null {
  const total = tally.helpful + tally.notHelpful;
  return total === 0 ? null : tally.helpful / total;
}

/**
 * Articles to rewrite first: enough votes, the lowest share of "helpful", then the most "not
 * helpful" votes (many unhappy readers outweigh a few).
 */
export function rankForRewrite<T extends FeedbackTally>(articles: readonly T[]): T[] {
  return articles
    .filter((article) => article.helpful + article.notHelpful >= MIN_VOTES_TO_RANK && article.notHelpful > 0)
    .map((article) => ({ article, ratio: helpfulRatio(article) ?? 1 }))
    .sort((a, b) => a.ratio - b.ratio || b.article.notHelpful - a.article.notHelpful)
    .map(({ article }) => article);
}
