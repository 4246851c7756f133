import type { TicketStatus } from "../ticket/ticket-lifecycle";

/** Calendar days a ticket may wait on the customer before it is set resolved. */
export const AUTO_CLOSE_AFTER_DAYS = 7;
/** The customer is told this many days before (and never less than this before it happens). */
export const AUTO_CLOSE_NOTICE_DAYS = 2;

/**
 * Where an auto-closed ticket goes. Resolved, not closed: the customer keeps the right to reopen
 * it within the reopen window (closed is final), as with a ticket staff resolve.
 */
export const autoClosedStatus: TicketStatus = "resolved";

const DAY = 24 * 60 * 60 * 1000;

export interface WaitingFacts {
  status: TicketStatus;
  /** When the current wait on the customer began (cleared when the status changes). */
  waitingSince: Date | null;
  /** When the notice of this wait went out. */
  noticeAt: Date | null;
}

export type AutoCloseStep = { kind: "wait" } | { kind: "notice"; closesAt: Date } | { kind: "close" };

/**
 * When the ticket closes: seven days into the wait, but never sooner than two days after the
 * notice (a notice sent late, e.g. after downtime, still gives the customer two full days).
 */
export function autoCloseDate(waitingSince: Date, noticeAt: Date): Date {
  return new Date(
    Math.max(
      waitingSince.getTime() + AUTO_CLOSE_AFTER_DAYS * DAY,
      noticeAt.getTime() + AUTO_CLOSE_NOTICE_DAYS * DAY,
    ),
  );
}

/** What the auto-close job does to a ticket at `now`. Calendar time: business hours do not matter. */
export function autoCloseStep(ticket: WaitingFacts, now: Date): AutoCloseStep {
  if (ticket.status !== "waiting_on_customer" || ticket.waitingSince === null) return { kind: "wait" };
  if (ticket.noticeAt === null) {
    const noticeFrom = ticket.waitingSince.getTime() + (AUTO_CLOSE_AFTER_DAYS - AUTO_CLOSE_NOTICE_DAYS) * DAY;
    if (now.getTime() < noticeFrom) return { kind: "wait" };
    return { kind: "notice", closesAt: autoCloseDate(ticket.waitingSince, now) };
  }
  if (now.getTime() < autoCloseDate(ticket.waitingSince, ticket.noticeAt).getTime()) return { kind: "wait" };
  return { kind: "close" };
}

/** The bounds the job's queries use to find tickets `autoCloseStep` would act on. */
export function autoCloseCutoffs(now: Date): {
  noticeWaitingSince: Date;
  closeWaitingSince: Date;
  closeNoticedAt: Date;
} {
  return {
    noticeWaitingSince: new Date(now.getTime() - (AUTO_CLOSE_AFTER_DAYS - AUTO_CLOSE_NOTICE_DAYS) * DAY),
    closeWaitingSince: new Date(now.getTime() - AUTO_CLOSE_AFTER_DAYS * DAY),
    closeNoticedAt: new Date(now.getTime() - AUTO_CLOSE_NOTICE_DAYS * DAY),
  };
}
