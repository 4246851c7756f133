import type { DbOrTx } from "../mail/email-outbox-repository";

/**
 * What a ticket's SLA deadlines are computed from: when it opened, its window, and its customer's
 * plan tier (null when filed without an account; core's `slaTierOf` decides what that means).
 */
export async function findTicketSlaFacts(
  db: DbOrTx,
  ticketId: string,
): Promise<{ openedAt: Date; teamKey: string; planTier: string | null } | null> {
  const row = await db.ticket.findUnique({
    where: { id: ticketId },
    select: {
      createdAt: true,
      team: { select: { key: true } },
      customer: { select: { plan: { select: { slaTier: true } } } },
    },
  });
  if (!row) return null;
  return { openedAt: row.createdAt, teamKey: row.team.key, planTier: row.customer?.plan.slaTier ?? null };
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
