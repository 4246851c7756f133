import { randomUUID } from "node:crypto";
import type { TeamKey } from "@madoguchi/core/team/teams";
import type { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";

type Priority = "low" | "normal" | "high" | "urgent";
type StaffActor = { staffId: string; now: Date };

/**
 * Optimistic concurrency: `UPDATE ticket SET version = version + 1 WHERE id = $1 AND version = $2`.
 * False when someone saved first (the caller answers CONFLICT). A concurrent writer of the same
 * row waits on the row lock and then finds the version moved on, so exactly one of two wins.
 */
export async function claimTicketVersion(
  tx: DbOrTx,
  input: { ticketId: string; version: number; now: Date },
): Promise<boolean> {
  const claimed = await tx.ticket.updateMany({
    where: { id: input.ticketId, version: input.version },
    data: { version: { increment: 1 }, updatedAt: input.now },
  });
  return claimed.count === 1;
}

export async function currentVersion(tx: DbOrTx, ticketId: string): Promise<number> {
  const row = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { version: true } });
  return row.version;
}

export async function recordTicketEvent(
  tx: DbOrTx,
  input: StaffActor & { ticketId: string; kind: string; data?: Prisma.InputJsonObject },
): Promise<void> {
  await tx.ticketEvent.create({
    data: {
      ticketId: input.ticketId,
      kind: input.kind,
      actorKind: "staff",
      actorId: input.staffId,
      data: input.data ?? {},
      createdAt: input.now,
    },
    select: { id: true },
  });
}

/** A note for colleagues: stored as an internal message, which no customer query selects. */
export async function addInternalNote(
  tx: DbOrTx,
  input: StaffActor & { ticketId: string; body: string },
): Promise<{ id: string }> {
  const id = randomUUID();
  await tx.message.create({
    data: {
      id,
      ticketId: input.ticketId,
      authorKind: "staff",
      staffId: input.staffId,
      visibility: "internal",
      body: input.body,
      createdAt: input.now,
    },
    select: { id: true },
  });
  await recordTicketEvent(tx, { ...input, kind: "note_added" });
  return { id };
}

export interface TicketChanges {
  priority?: { from: Priority; to: Priority };
  assignee?: { from: string | null; to: string | null };
  tags?: { from: string[]; to: string[] };
}

/** Priority, assignee and tags as decided by the caller, each change on the timeline. */
export async function applyTicketChanges(
  tx: DbOrTx,
  input: StaffActor & { ticketId: string; changes: TicketChanges; via?: string },
): Promise<void> {
  const { priority, assignee, tags } = input.changes;
  if (!priority && !assignee && !tags) return;
  await tx.ticket.update({
    where: { id: input.ticketId },
    data: {
      ...(priority ? { priority: priority.to } : {}),
      ...(assignee ? { assigneeId: assignee.to } : {}),
      ...(tags ? { tags: tags.to } : {}),
      updatedAt: input.now,
    },
    select: { id: true },
  });
  const via = input.via ? { via: input.via } : {};
  if (priority) {
    await recordTicketEvent(tx, { ...input, kind: "priority_changed", data: { ...priority, ...via } });
  }
  if (assignee) {
    await recordTicketEvent(tx, {
      ...input,
      kind: assignee.to ? "assigned" : "unassigned",
      data: { assigneeId: assignee.to, previousAssigneeId: assignee.from, ...via },
    });
  }
  if (tags) {
    const added = tags.to.filter((tag) => !tags.from.includes(tag));
    const removed = tags.from.filter((tag) => !tags.to.includes(tag));
    await recordTicketEvent(tx, { ...input, kind: "tags_changed", data: { added, removed, ...via } });
  }
}

/** Moves a ticket to another window; the note explaining why is added by the caller. */
export async function transferTicket(
  tx: DbOrTx,
  input: StaffActor & { ticketId: string; from: TeamKey; to: TeamKey; keepAssignee: boolean },
): Promise<void> {
  const team = await tx.team.findUniqueOrThrow({ where: { key: input.to }, select: { id: true } });
  await tx.ticket.update({
    where: { id: input.ticketId },
    data: { teamId: team.id, ...(input.keepAssignee ? {} : { assigneeId: null }), updatedAt: input.now },
    select: { id: true },
  });
  await recordTicketEvent(tx, {
    ...input,
    kind: "transferred",
    data: { from: input.from, to: input.to, keptAssignee: input.keepAssignee },
  });
}

/**
 * Merges a duplicate into a ticket of the same requester: its conversation and attachments move
 * to the target (the requester then reads one thread), facts the target lacks are copied, and
 * the duplicate is closed and points at the target. Both timelines say so.
 */
export async function mergeTickets(
  tx: DbOrTx,
  input: StaffActor & {
    source: { id: string; number: string };
    target: { id: string; number: string };
    carryFields: readonly { key: string; value: string }[];
  },
): Promise<void> {
  await tx.message.updateMany({ where: { ticketId: input.source.id }, data: { ticketId: input.target.id } });
  await tx.attachment.updateMany({
    where: { ticketId: input.source.id },
    data: { ticketId: input.target.id },
  });
  if (input.carryFields.length > 0) {
    await tx.ticketField.createMany({
      data: input.carryFields.map((field) => ({ ticketId: input.target.id, ...field })),
      skipDuplicates: true,
    });
  }
  await tx.ticket.update({
    where: { id: input.source.id },
    data: { mergedIntoId: input.target.id, status: "closed", closedAt: input.now, updatedAt: input.now },
    select: { id: true },
  });
  await tx.ticket.update({
    where: { id: input.target.id },
    data: { version: { increment: 1 }, updatedAt: input.now },
    select: { id: true },
  });
  await recordTicketEvent(tx, {
    ...input,
    ticketId: input.source.id,
    kind: "merged_into",
    data: { into: input.target.number },
  });
  await recordTicketEvent(tx, {
    ...input,
    ticketId: input.target.id,
    kind: "merged_from",
    data: { from: input.source.number },
  });
}

export async function linkTicketToIncident(
  tx: DbOrTx,
  input: StaffActor & { ticketId: string; incidentId: string | null; previous: string | null },
): Promise<void> {
  await tx.ticket.update({
    where: { id: input.ticketId },
    data: { incidentId: input.incidentId, updatedAt: input.now },
    select: { id: true },
  });
  await recordTicketEvent(tx, {
    ...input,
    kind: input.incidentId ? "incident_linked" : "incident_unlinked",
    data: { incidentId: input.incidentId ?? input.previous },
  });
}

/**
 * Staff's decision on who filed an inquiry without signing in. Verified with an account found,
 * the ticket joins that account (its owner then follows it signed in).
 */
export async function decideIdentity(
  tx: DbOrTx,
  input: StaffActor & { ticketId: string; decision: "verified" | "rejected"; customerId: string | null },
): Promise<void> {
  await tx.ticket.update({
    where: { id: input.ticketId },
    data: {
      identityCheck: input.decision,
      ...(input.decision === "verified" && input.customerId ? { customerId: input.customerId } : {}),
      updatedAt: input.now,
    },
    select: { id: true },
  });
  await recordTicketEvent(tx, {
    ...input,
    kind: input.decision === "verified" ? "identity_verified" : "identity_rejected",
    data: { matchedAccount: input.decision === "verified" && input.customerId !== null },
  });
}

/** Bumps several tickets' versions at once (a bulk change), so open workspaces see they moved on. */
export async function bumpVersions(
  tx: DbOrTx,
  input: { ticketIds: readonly string[]; now: Date },
): Promise<void> {
  await tx.ticket.updateMany({
    where: { id: { in: [...input.ticketIds] } },
    data: { version: { increment: 1 }, updatedAt: input.now },
  });
}
