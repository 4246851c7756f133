import type { StaffRole } from "../access/permissions";
import type { TicketStatus } from "../ticket/ticket-lifecycle";

export const slaClocks = ["first_response", "resolution"] as const;
export type SlaClock = (typeof slaClocks)[number];

/**
 * Statuses whose SLA clocks run, as the queue's countdown shows them: resolved and closed tickets
 * have nothing left to miss, and a ticket waiting on the customer is paused (the console shows it
 * so). When the customer answers, the ticket is open again and a deadline already past escalates.
 */
export const escalatingStatuses: readonly TicketStatus[] = ["new", "open"];

export interface SlaFacts {
  status: TicketStatus;
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date | null;
  resolvedAt: Date | null;
}

export interface SlaBreach {
  clock: SlaClock;
  dueAt: Date;
  /** Whole minutes past the deadline at `now`. */
  lateMinutes: number;
}

const MINUTE = 60_000;

/**
 * The deadlines a ticket has missed at `now`: the first response due and not given, the
 * resolution due and not reached. Each (clock, due time) escalates once; a deadline moved by a
 * priority change is a new one.
 */
export function findSlaBreaches(ticket: SlaFacts, now: Date): SlaBreach[] {
  if (!escalatingStatuses.includes(ticket.status)) return [];
  const missed = (dueAt: Date | null, doneAt: Date | null) =>
    dueAt !== null && doneAt === null && dueAt.getTime() <= now.getTime();
  const breach = (clock: SlaClock, dueAt: Date): SlaBreach => ({
    clock,
    dueAt,
    lateMinutes: Math.floor((now.getTime() - dueAt.getTime()) / MINUTE),
  });
  const breaches: SlaBreach[] = [];
  if (ticket.firstResponseDueAt && missed(ticket.firstResponseDueAt, ticket.firstRespondedAt)) {
    breaches.push(breach("first_response", ticket.firstResponseDueAt));
  }
  if (ticket.resolutionDueAt && missed(ticket.resolutionDueAt, ticket.resolvedAt)) {
    breaches.push(breach("resolution", ticket.resolutionDueAt));
  }
  return breaches;
}

export interface EscalationCandidate {
  role: StaffRole;
  active: boolean;
  /** Belongs to the ticket's window. */
  member: boolean;
}

/**
 * Who hears of a breach: the active leads of the ticket's window (for a security ticket, the
 * security window's leads only, as nobody else sees those tickets). A window without an active
 * lead falls back to its active admin members, since an escalation nobody hears is none.
 * Escalating notifies only: the priority stays as routing and staff set it.
 */
export function escalationRecipients<T extends EscalationCandidate>(staff: readonly T[]): T[] {
  const active = staff.filter((s) => s.active && s.member);
  const leads = active.filter((s) => s.role === "lead");
  return leads.length > 0 ? leads : active.filter((s) => s.role === "admin");
}
