import { randomUUID } from "node:crypto";
import { formatTicketNumber, ticketYear } from "@madoguchi/core/ticket/ticket-number";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import { recordAudit } from "../audit/audit-repository";
import type { Prisma } from "../generated/prisma/client";
import { takeAutoAssignee } from "../jobs/auto-assignment-repository";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface NewAttachment {
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface NewTicket {
  customerId: string | null;
  contactEmail: string;
  contactName: string | null;
  identityCheck: "not_required" | "pending";
  troubleType: TroubleType;
  subtype: string;
  subject: string;
  priority: "low" | "normal" | "high" | "urgent";
  teamKey: string;
  locale: "ja" | "en";
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  fields: Readonly<Record<string, string>>;
  message: { body: string; redacted: boolean };
  attachments: readonly NewAttachment[];
  now: Date;
}

/** Next number of the filing year; the row lock serializes concurrent filings. */
async function nextTicketNumber(tx: DbOrTx, now: Date): Promise<string> {
  const year = ticketYear(now);
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO ticket_sequence (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = ticket_sequence.last + 1
    RETURNING last`;
  const last = rows[0]?.last;
  if (last === undefined) throw new Error("ticket sequence did not advance");
  return formatTicketNumber(year, last);
}

/**
 * Files a ticket with its fields, first message, attachments and timeline, in the caller's
 * transaction. In a window with round-robin on, the ticket goes at once to the member whose turn
 * it is (or stays unassigned when nobody is available), whatever path filed it.
 */
export async function createTicket(
  tx: DbOrTx,
  input: NewTicket,
): Promise<{ id: string; number: string; teamId: string; assigneeId: string | null }> {
  const team = await tx.team.findUnique({
    where: { key: input.teamKey },
    select: { id: true, autoAssign: true },
  });
  if (!team) throw new Error(`no team ${input.teamKey}`);
  const number = await nextTicketNumber(tx, input.now);
  const assigneeId = team.autoAssign ? await takeAutoAssignee(tx, { teamId: team.id, now: input.now }) : null;
  const id = randomUUID();
  const messageId = randomUUID();
  await tx.ticket.create({
    data: {
      id,
      number,
      customerId: input.customerId,
      contactEmail: input.contactEmail,
      contactName: input.contactName,
      identityCheck: input.identityCheck,
      troubleType: input.troubleType,
      subtype: input.subtype,
      subject: input.subject,
      priority: input.priority,
      teamId: team.id,
      assigneeId,
      locale: input.locale,
      firstResponseDueAt: input.firstResponseDueAt,
      resolutionDueAt: input.resolutionDueAt,
      createdAt: input.now,
      fields: { create: Object.entries(input.fields).map(([key, value]) => ({ key, value })) },
    },
    select: { id: true },
  });
  await tx.message.create({
    data: {
      id: messageId,
      ticketId: id,
      authorKind: input.customerId ? "customer" : "system",
      customerId: input.customerId,
      visibility: "public",
      body: input.message.body,
      redacted: input.message.redacted,
      createdAt: input.now,
    },
    select: { id: true },
  });
  if (input.attachments.length > 0) {
    await tx.attachment.createMany({
      data: input.attachments.map((a) => ({
        ...a,
        ticketId: id,
        messageId,
        uploadedByCustomerId: input.customerId,
        createdAt: input.now,
      })),
    });
  }
  await tx.ticketEvent.createMany({
    data: [
      {
        ticketId: id,
        kind: "created",
        actorKind: input.customerId ? "customer" : "system",
        actorId: input.customerId,
        createdAt: input.now,
      },
      {
        ticketId: id,
        kind: "assigned_team",
        actorKind: "system",
        data: { team: input.teamKey },
        createdAt: input.now,
      },
      ...(assigneeId
        ? [
            {
              ticketId: id,
              kind: "auto_assigned",
              actorKind: "system" as const,
              data: { assigneeId, team: input.teamKey },
              createdAt: input.now,
            },
          ]
        : []),
    ],
  });
  if (assigneeId) {
    await recordAudit(tx, {
      actorKind: "system",
      action: "ticket.auto_assigned",
      objectType: "ticket",
      objectId: id,
      data: { number, assigneeId, team: input.teamKey },
      at: input.now,
    });
  }
  return { id, number, teamId: team.id, assigneeId };
}

/** The facts a customer action is decided on, for the customer's own ticket only (row locked). */
export async function lockCustomerTicket(
  tx: DbOrTx,
  input: { customerId: string; number: string },
): Promise<{
  id: string;
  status: TicketStatus;
  resolvedAt: Date | null;
  csatScore: number | null;
  version: number;
} | null> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      status: TicketStatus;
      resolved_at: Date | null;
      csat_score: number | null;
      version: number;
    }[]
  >`
    SELECT id, status::text AS status, resolved_at, csat_score, version FROM ticket
    WHERE number = ${input.number} AND customer_id = ${input.customerId}::uuid AND merged_into_id IS NULL
    FOR UPDATE`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    resolvedAt: row.resolved_at,
    csatScore: row.csat_score,
    version: row.version,
  };
}

export async function addCustomerMessage(
  tx: DbOrTx,
  input: {
    ticketId: string;
    customerId: string;
    body: string;
    redacted: boolean;
    attachments: readonly NewAttachment[];
    now: Date;
  },
): Promise<{ id: string }> {
  const id = randomUUID();
  await tx.message.create({
    data: {
      id,
      ticketId: input.ticketId,
      authorKind: "customer",
      customerId: input.customerId,
      body: input.body,
      redacted: input.redacted,
      createdAt: input.now,
    },
    select: { id: true },
  });
  if (input.attachments.length > 0) {
    await tx.attachment.createMany({
      data: input.attachments.map((a) => ({
        ...a,
        ticketId: input.ticketId,
        messageId: id,
        uploadedByCustomerId: input.customerId,
        createdAt: input.now,
      })),
    });
  }
  return { id };
}

/** Applies a status decided by core, bumps the version, and records the event. */
export async function setTicketStatus(
  tx: DbOrTx,
  input: {
    ticketId: string;
    from: TicketStatus;
    to: TicketStatus;
    actor: { kind: "customer" | "staff" | "system"; id: string | null };
    eventKind?: string;
    data?: Prisma.InputJsonObject;
    now: Date;
  },
): Promise<void> {
  const resolvedNow = input.to === "resolved" && input.from !== "resolved";
  await tx.ticket.update({
    where: { id: input.ticketId },
    data: {
      status: input.to,
      version: { increment: 1 },
      updatedAt: input.now,
      ...(resolvedNow ? { resolvedAt: input.now } : {}),
      ...(input.from === "resolved" && input.to !== "resolved" && input.to !== "closed"
        ? { resolvedAt: null }
        : {}),
      ...(input.to === "closed" ? { closedAt: input.now } : {}),
    },
    select: { id: true },
  });
  if (input.from !== input.to || input.eventKind) {
    await tx.ticketEvent.create({
      data: {
        ticketId: input.ticketId,
        kind: input.eventKind ?? "status_changed",
        actorKind: input.actor.kind,
        actorId: input.actor.id,
        data: { from: input.from, to: input.to, ...input.data },
        createdAt: input.now,
      },
      select: { id: true },
    });
  }
}

export async function rateTicket(
  tx: DbOrTx,
  input: { ticketId: string; customerId: string; score: number; comment: string | null; now: Date },
): Promise<void> {
  await tx.ticket.update({
    where: { id: input.ticketId },
    data: { csatScore: input.score, csatComment: input.comment },
    select: { id: true },
  });
  await tx.ticketEvent.create({
    data: {
      ticketId: input.ticketId,
      kind: "rated",
      actorKind: "customer",
      actorId: input.customerId,
      data: { score: input.score },
      createdAt: input.now,
    },
    select: { id: true },
  });
}
