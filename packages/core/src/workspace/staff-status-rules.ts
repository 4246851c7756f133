import { DomainError } from "../errors/domain-error";
import type { TicketStatus } from "../ticket/ticket-lifecycle";

/**
 * Where staff may move a ticket from each status. Closed is final: what comes after is a new
 * inquiry. A resolved ticket may be opened again (the customer wrote back by phone, a fix failed).
 */
export const staffStatusTransitions: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ["open", "waiting_on_customer", "resolved", "closed"],
  open: ["waiting_on_customer", "resolved", "closed"],
  waiting_on_customer: ["open", "resolved", "closed"],
  resolved: ["open", "closed"],
  closed: [],
};

export function canStaffMoveTo(from: TicketStatus, to: TicketStatus): boolean {
  return from === to || staffStatusTransitions[from].includes(to);
}

/** The status a staff member asked for, or a DomainError when the table does not allow it. */
export function checkStaffStatusChange(from: TicketStatus, to: TicketStatus): TicketStatus {
  if (!canStaffMoveTo(from, to)) throw new DomainError("CONFLICT", "workspace.status.notAllowed");
  return to;
}

/**
 * The status after a public reply: the one chosen with "send and set status", else a new ticket
 * becomes open (someone is on it) and any other keeps its status. A closed ticket takes no reply.
 */
export function statusAfterStaffReply(current: TicketStatus, requested: TicketStatus | null): TicketStatus {
  if (current === "closed") throw new DomainError("CONFLICT", "workspace.reply.closed");
  if (requested) return checkStaffStatusChange(current, requested);
  return current === "new" ? "open" : current;
}

/** Statuses a customer is told about by email when staff set them without a reply. */
export const notifiedStatuses: readonly TicketStatus[] = ["waiting_on_customer", "resolved", "closed"];
