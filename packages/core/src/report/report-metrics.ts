import type { TicketStatus } from "../ticket/ticket-lifecycle";
import { ratio } from "./report-stats";

/**
 * The rules behind the report's figures. The report queries aggregate them in SQL (a million
 * tickets never travel to the app); each query names the rule it mirrors, and the integration
 * tests check the two agree on generated data.
 */

export type FirstResponseOutcome = "met" | "breached" | "pending" | "none";

/**
 * First-response SLA: met when the first reply came by the due time; breached when it came later,
 * or has not come and the due time has passed; pending while it may still be met. Tickets
 * without a due time are outside the SLA.
 */
export function firstResponseOutcome(ticket: {
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  now: Date;
}): FirstResponseOutcome {
  const due = ticket.firstResponseDueAt;
  if (!due) return "none";
  if (ticket.firstRespondedAt) return ticket.firstRespondedAt <= due ? "met" : "breached";
  return due < ticket.now ? "breached" : "pending";
}

/** Attainment counts decided tickets only: pending ones may still go either way. */
export function slaAttainment(counts: { met: number; breached: number }): number | null {
  return ratio(counts.met, counts.met + counts.breached);
}

const finished: readonly TicketStatus[] = ["resolved", "closed"];
const unfinished: readonly TicketStatus[] = ["new", "open", "waiting_on_customer"];

/** A status change that takes a finished ticket back into work (the customer's or the staff's). */
export function isReopening(change: { from: string | undefined; to: string | undefined }): boolean {
  return finished.includes(change.from as TicketStatus) && unfinished.includes(change.to as TicketStatus);
}

/**
 * Reopen rate: of the tickets that were resolved or closed at least once, the share reopened at
 * least once. A reopened ticket counts as resolved once even while it is open again.
 */
export function reopenRate(counts: { finishedOnce: number; reopened: number }): number | null {
  return ratio(counts.reopened, counts.finishedOnce);
}

export const csatScores = [1, 2, 3, 4, 5] as const;
export type CsatScore = (typeof csatScores)[number];

export interface CsatSummary {
  count: number;
  average: number | null;
  /** Ratings of 4 or 5. */
  satisfiedRate: number | null;
  distribution: { score: CsatScore; count: number; share: number | null }[];
}

/** The average and the distribution of 1–5 ratings, from the count of each score. */
export function csatSummary(counts: Partial<Record<CsatScore, number>>): CsatSummary {
  const distribution = csatScores.map((score) => ({ score, count: counts[score] ?? 0 }));
  const count = distribution.reduce((sum, row) => sum + row.count, 0);
  const total = distribution.reduce((sum, row) => sum + row.score * row.count, 0);
  const satisfied = distribution.filter((row) => row.score >= 4).reduce((sum, row) => sum + row.count, 0);
  return {
    count,
    average: ratio(total, count),
    satisfiedRate: ratio(satisfied, count),
    distribution: distribution.map((row) => ({ ...row, share: ratio(row.count, count) })),
  };
}

export interface DeflectionSummary {
  /** Help-center searches logged (first result pages). */
  searches: number;
  /** Distinct search sessions (browser tabs) that searched. */
  sessions: number;
  /** Sessions whose tab then filed an inquiry. */
  sessionsWithInquiry: number;
  /** Sessions that ended without an inquiry: the help center answered, or the customer gave up. */
  deflected: number;
  /** Inquiries filed in the same period (the windows of the report). */
  inquiries: number;
  /** Deflected sessions / sessions. */
  rate: number | null;
  /** Deflected sessions per inquiry filed. */
  perInquiry: number | null;
}

export function deflectionSummary(counts: {
  searches: number;
  sessions: number;
  sessionsWithInquiry: number;
  inquiries: number;
}): DeflectionSummary {
  const deflected = Math.max(0, counts.sessions - counts.sessionsWithInquiry);
  return {
    ...counts,
    deflected,
    rate: ratio(deflected, counts.sessions),
    perInquiry: ratio(deflected, counts.inquiries),
  };
}
