import { randomUUID } from "node:crypto";
import type { DbOrTx } from "../mail/email-outbox-repository";

/**
 * A staff member's public reply on a ticket: the message, the first-response time (for the SLA)
 * and the timeline event, in the caller's transaction. Internal notes are not replies.
 */
export async function addStaffReply(
  tx: DbOrTx,
  input: { ticketId: string; staffId: string; body: string; now: Date },
): Promise<{ id: string }> {
  const id = randomUUID();
  await tx.message.create({
    data: {
      id,
      ticketId: input.ticketId,
      authorKind: "staff",
      staffId: input.staffId,
      visibility: "public",
      body: input.body,
      createdAt: input.now,
    },
    select: { id: true },
  });
  await tx.ticket.updateMany({
    where: { id: input.ticketId, firstRespondedAt: null },
    data: { firstRespondedAt: input.now },
  });
  await tx.ticket.update({
    where: { id: input.ticketId },
    data: { updatedAt: input.now, version: { increment: 1 } },
    select: { id: true },
  });
  await tx.ticketEvent.create({
    data: {
      ticketId: input.ticketId,
      kind: "replied",
      actorKind: "staff",
      actorId: input.staffId,
      createdAt: input.now,
    },
    select: { id: true },
  });
  return { id };
}

export interface TicketContact {
  id: string;
  number: string;
  status: "new" | "open" | "waiting_on_customer" | "resolved" | "closed";
  /** Where notices go: the account's current address, or the address typed when filed without one. */
  email: string;
  locale: "ja" | "en";
  /** Filed without signing in and not matched to an account yet. */
  anonymous: boolean;
}

/** Who to tell about a ticket, and in which language. */
export async function findTicketContact(db: DbOrTx, ticketId: string): Promise<TicketContact | null> {
  const row = await db.ticket.findUnique({
    where: { id: ticketId },
    select: {
      id: true,
      number: true,
      status: true,
      contactEmail: true,
      locale: true,
      customer: { select: { email: true, locale: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    email: row.customer?.email ?? row.contactEmail,
    locale: row.customer?.locale ?? row.locale,
    anonymous: row.customer === null,
  };
}
