import { randomUUID } from "node:crypto";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { DbOrTx } from "../mail/email-outbox-repository";

/**
 * Following up a ticket without signing in (login trouble): whoever proves the ticket's contact
 * address with an emailed code gets a short-lived access token to that one ticket. Tokens are
 * AuthToken rows of purpose `inquiry_code` with scope `follow_up_access`; only their hash is kept.
 */
const ACCESS_SCOPE = "follow_up_access";

export async function ticketExistsForContact(
  db: DbOrTx,
  input: { number: string; contactEmail: string },
): Promise<boolean> {
  const row = await db.ticket.findFirst({
    where: { number: input.number, contactEmail: input.contactEmail, mergedIntoId: null },
    select: { id: true },
  });
  return row !== null;
}

export async function createGuestAccess(
  db: DbOrTx,
  input: { tokenHash: string; contactEmail: string; number: string; expiresAt: Date; now: Date },
): Promise<void> {
  await db.authToken.create({
    data: {
      purpose: "inquiry_code",
      tokenHash: input.tokenHash,
      email: input.contactEmail,
      data: { scope: ACCESS_SCOPE, number: input.number },
      expiresAt: input.expiresAt,
      createdAt: input.now,
    },
    select: { id: true },
  });
}

/** The ticket an access token opens, while it is valid (it is used many times until it expires). */
export async function findGuestAccess(
  db: DbOrTx,
  input: { tokenHash: string; now: Date },
): Promise<{ contactEmail: string; number: string } | null> {
  const row = await db.authToken.findFirst({
    where: {
      purpose: "inquiry_code",
      tokenHash: input.tokenHash,
      usedAt: null,
      expiresAt: { gt: input.now },
      data: { path: ["scope"], equals: ACCESS_SCOPE },
    },
    select: { email: true, data: true },
  });
  const number = (row?.data as { number?: unknown } | undefined)?.number;
  if (!row?.email || typeof number !== "string") return null;
  return { contactEmail: row.email, number };
}

/** The facts a reply is decided on, for the ticket of this contact address only (row locked). */
export async function lockTicketForContact(
  tx: DbOrTx,
  input: { number: string; contactEmail: string },
): Promise<{ id: string; status: TicketStatus; resolvedAt: Date | null; csatScore: number | null } | null> {
  const rows = await tx.$queryRaw<
    { id: string; status: TicketStatus; resolved_at: Date | null; csat_score: number | null }[]
  >`
    SELECT id, status::text AS status, resolved_at, csat_score FROM ticket
    WHERE number = ${input.number} AND contact_email = ${input.contactEmail} AND merged_into_id IS NULL
    FOR UPDATE`;
  const row = rows[0];
  return row
    ? { id: row.id, status: row.status, resolvedAt: row.resolved_at, csatScore: row.csat_score }
    : null;
}

/** A reply from the contact address of a ticket filed without an account. */
export async function addGuestMessage(
  tx: DbOrTx,
  input: { ticketId: string; body: string; redacted: boolean; now: Date },
): Promise<{ id: string }> {
  const id = randomUUID();
  await tx.message.create({
    data: {
      id,
      ticketId: input.ticketId,
      authorKind: "customer",
      body: input.body,
      redacted: input.redacted,
      createdAt: input.now,
    },
    select: { id: true },
  });
  return { id };
}
