import type { SlaTier } from "@madoguchi/core/sla/sla-policy";
import type { DbOrTx } from "../mail/email-outbox-repository";

/** What a ticket's SLA deadlines are computed from: when it opened, its window, the plan's tier. */
export async function findTicketSlaFacts(
  db: DbOrTx,
  ticketId: string,
): Promise<{ openedAt: Date; teamKey: string; tier: SlaTier } | null> {
  const row = await db.ticket.findUnique({
    where: { id: ticketId },
    select: {
      createdAt: true,
      team: { select: { key: true } },
      customer: { select: { plan: { select: { slaTier: true } } } },
    },
  });
  if (!row) return null;
  // Filed without signing in: the standard tier, as when it was filed.
  return { openedAt: row.createdAt, teamKey: row.team.key, tier: row.customer?.plan.slaTier ?? "standard" };
}

export async function setTicketDeadlines(
  db: DbOrTx,
  input: { ticketId: string; firstResponseDueAt: Date; resolutionDueAt: Date },
): Promise<void> {
  await db.ticket.update({
    where: { id: input.ticketId },
    data: { firstResponseDueAt: input.firstResponseDueAt, resolutionDueAt: input.resolutionDueAt },
    select: { id: true },
  });
}
