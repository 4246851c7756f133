import { z } from "zod";

/** Ticket priorities, lowest first. Decided by routing, never taken from the customer. */
export const ticketPriorities = ["low", "normal", "high", "urgent"] as const;
export const ticketPrioritySchema = z.enum(ticketPriorities);
export type TicketPriority = z.infer<typeof ticketPrioritySchema>;

export function priorityRank(priority: TicketPriority): number {
  return ticketPriorities.indexOf(priority);
}

export function higherPriority(a: TicketPriority, b: TicketPriority): TicketPriority {
  return priorityRank(a) >= priorityRank(b) ? a : b;
}
