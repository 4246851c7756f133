import { DomainError } from "../errors/domain-error";

export const ticketStatuses = ["new", "open", "waiting_on_customer", "resolved", "closed"] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export type CustomerAction = "reply" | "mark_solved" | "reopen" | "rate";

/** How long after resolution a customer may reopen; later, a new linked inquiry. */
export const REOPEN_WINDOW_DAYS = 14;

const DAY = 24 * 60 * 60 * 1000;

/** What each customer action does to a ticket in each status (undefined: not allowed). */
const customerTransitions: Record<CustomerAction, Partial<Record<TicketStatus, TicketStatus>>> = {
  reply: { new: "new", open: "open", waiting_on_customer: "open" },
  mark_solved: { new: "resolved", open: "resolved", waiting_on_customer: "resolved" },
  reopen: { resolved: "open" },
  rate: { resolved: "resolved", closed: "closed" },
};

export interface TicketFacts {
  status: TicketStatus;
  resolvedAt: Date | null;
  csatScore: number | null;
}

/**
 * The status after a customer's action, or a DomainError saying why it is refused
 * (`ticket.<reason>`). Time comes in as `now`.
 */
export function applyCustomerAction(ticket: TicketFacts, action: CustomerAction, now: Date): TicketStatus {
  const next = customerTransitions[action][ticket.status];
  if (next === undefined) {
    if (action === "reply" && (ticket.status === "resolved" || ticket.status === "closed")) {
      throw new DomainError("CONFLICT", "ticket.replyToFinished");
    }
    throw new DomainError("CONFLICT", `ticket.${action}NotAllowed`);
  }
  if (action === "reopen" && !canReopen(ticket, now))
    throw new DomainError("CONFLICT", "ticket.reopenWindowPassed");
  if (action === "rate" && ticket.csatScore !== null)
    throw new DomainError("CONFLICT", "ticket.alreadyRated");
  return next;
}

export function canReopen(ticket: TicketFacts, now: Date): boolean {
  return (
    ticket.status === "resolved" &&
    ticket.resolvedAt !== null &&
    now.getTime() - ticket.resolvedAt.getTime() <= REOPEN_WINDOW_DAYS * DAY
  );
}

/** Timeline events a customer sees (internal ones, like notes or SLA escalations, are not listed). */
export const customerVisibleEvents = [
  "created",
  "assigned_team",
  "replied",
  "status_changed",
  "reopened",
  "rated",
] as const;
