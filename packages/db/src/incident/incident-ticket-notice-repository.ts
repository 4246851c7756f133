import { randomUUID } from "node:crypto";
import type { DbOrTx } from "../mail/email-outbox-repository";

export const INCIDENT_NOTICE_EVENT = "incident_resolved_notice";

/**
 * Marks the incident's linked tickets as told, once: `UPDATE ... WHERE tickets_notified_at IS
 * NULL`. False when it was claimed already (the notice goes out once per incident).
 */
export async function claimTicketsNotice(tx: DbOrTx, incidentId: string, now: Date): Promise<boolean> {
  const { count } = await tx.incident.updateMany({
    where: { id: incidentId, ticketsNotifiedAt: null },
    data: { ticketsNotifiedAt: now },
  });
  return count === 1;
}

/** Incidents whose tickets were being told since `since`: the scheduler resumes any run cut short. */
export async function listRecentTicketNotices(db: DbOrTx, since: Date): Promise<{ id: string }[]> {
  return db.incident.findMany({
    where: { ticketsNotifiedAt: { gte: since } },
    orderBy: { ticketsNotifiedAt: "asc" },
    take: 50,
    select: { id: true },
  });
}

/** What the notice needs of the incident: its title in both languages. */
export async function findIncidentTitles(
  db: DbOrTx,
  incidentId: string,
): Promise<{ kind: "incident" | "maintenance"; titleJa: string; titleEn: string | null } | null> {
  return db.incident.findUnique({
    where: { id: incidentId },
    select: { kind: true, titleJa: true, titleEn: true },
  });
}

/**
 * Holds the incident's row until the transaction ends: two runs telling the same incident's
 * tickets (the resolving request and the scheduler's sweep) take their batches in turn, and the
 * second one finds the tickets the first told already marked.
 */
export async function lockIncidentNotice(tx: DbOrTx, incidentId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM incident WHERE id = ${incidentId}::uuid FOR UPDATE`;
}

/**
 * The next batch of linked tickets still to be told: still open (not resolved or closed), not
 * merged away, and without the notice for this incident yet, so a batch that ran is never run
 * again and an interrupted run resumes where it stopped.
 */
export async function listTicketsAwaitingIncidentNotice(
  db: DbOrTx,
  input: { incidentId: string; take: number },
): Promise<{ id: string }[]> {
  return db.ticket.findMany({
    where: {
      incidentId: input.incidentId,
      status: { notIn: ["resolved", "closed"] },
      mergedIntoId: null,
      events: {
        none: { kind: INCIDENT_NOTICE_EVENT, data: { path: ["incidentId"], equals: input.incidentId } },
      },
    },
    orderBy: { id: "asc" },
    take: input.take,
    select: { id: true },
  });
}

/**
 * A public message from the window (no staff member) on the ticket, with its event; the
 * ticket's version moves on so an open workspace reloads before its next save.
 */
export async function addIncidentNotice(
  tx: DbOrTx,
  input: { ticketId: string; incidentId: string; incidentTitle: string; body: string; now: Date },
): Promise<void> {
  await tx.message.create({
    data: {
      id: randomUUID(),
      ticketId: input.ticketId,
      // From the window, not a person: "system" would read as the guest in the console (a guest's
      // own messages are stored as system), so it is a staff message without a staff member.
      authorKind: "staff",
      visibility: "public",
      body: input.body,
      createdAt: input.now,
    },
    select: { id: true },
  });
  await tx.ticketEvent.create({
    data: {
      ticketId: input.ticketId,
      kind: INCIDENT_NOTICE_EVENT,
      actorKind: "system",
      data: { incidentId: input.incidentId, incidentTitle: input.incidentTitle },
      createdAt: input.now,
    },
    select: { id: true },
  });
  await tx.ticket.update({
    where: { id: input.ticketId },
    data: { version: { increment: 1 }, updatedAt: input.now },
    select: { id: true },
  });
}
