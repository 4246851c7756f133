import type { TicketPriority } from "@madoguchi/core/routing/ticket-priority";
import { slaTierOf } from "@madoguchi/core/sla/sla-policy";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { findTicketSlaFacts, setTicketDeadlines } from "@madoguchi/db/workspace/ticket-deadline-repository";
import { ticketDeadlines } from "../settings/sla-settings";

/**
 * A ticket whose priority or window changed is due by the targets of its new priority and the
 * new window's hours, counted from when it was filed (as the help desks we measure against do):
 * raising a ticket to urgent can make it overdue at once, and the escalation job then treats the
 * new deadline as a breach of its own.
 */
export async function recomputeTicketDeadlines(
  tx: DbOrTx,
  input: { ticketId: string; priority: TicketPriority },
): Promise<void> {
  const facts = await findTicketSlaFacts(tx, input.ticketId);
  if (!facts) return;
  const deadlines = await ticketDeadlines(tx, {
    openedAt: facts.openedAt,
    teamKey: facts.teamKey,
    tier: slaTierOf(facts.planTier),
    priority: input.priority,
  });
  if (deadlines) await setTicketDeadlines(tx, { ticketId: input.ticketId, ...deadlines });
}
