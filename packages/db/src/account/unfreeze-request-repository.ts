import type { UnfreezeRequestStatus } from "@madoguchi/core/account/unfreeze-approval";
import type { TeamKey } from "@madoguchi/core/team/teams";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface UnfreezeRequestRow {
  id: string;
  customerId: string;
  ticketId: string | null;
  requestedById: string;
  reason: string;
  status: UnfreezeRequestStatus;
  decidedById: string | null;
  decisionNote: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

const select = {
  id: true,
  customerId: true,
  ticketId: true,
  requestedById: true,
  reason: true,
  status: true,
  decidedById: true,
  decisionNote: true,
  decidedAt: true,
  createdAt: true,
} as const;

/**
 * The customer's frozen state, with the row locked until the transaction ends: two staff asking
 * to unfreeze the same account at once are served one after the other, so the second finds the
 * first and gets a clear answer. The partial unique index `unfreeze_request_one_pending_per_customer`
 * holds the same rule for any path that skips this lock.
 */
export async function lockCustomerFreeze(
  tx: DbOrTx,
  customerId: string,
): Promise<{ id: string; frozenAt: Date | null } | null> {
  const rows = await tx.$queryRaw<{ id: string; frozen_at: Date | null }[]>`
    SELECT id::text AS id, frozen_at FROM customer WHERE id = ${customerId}::uuid FOR UPDATE`;
  const row = rows[0];
  return row ? { id: row.id, frozenAt: row.frozen_at } : null;
}

export async function findPendingUnfreezeRequest(
  db: DbOrTx,
  customerId: string,
): Promise<UnfreezeRequestRow | null> {
  return db.unfreezeRequest.findFirst({
    where: { customerId, status: "pending" },
    orderBy: { createdAt: "desc" },
    select,
  });
}

export async function findUnfreezeRequest(db: DbOrTx, id: string): Promise<UnfreezeRequestRow | null> {
  return db.unfreezeRequest.findUnique({ where: { id }, select });
}

export async function createUnfreezeRequest(
  tx: DbOrTx,
  input: { customerId: string; ticketId: string | null; requestedById: string; reason: string; now: Date },
): Promise<UnfreezeRequestRow> {
  return tx.unfreezeRequest.create({
    data: {
      customerId: input.customerId,
      ticketId: input.ticketId,
      requestedById: input.requestedById,
      reason: input.reason,
      createdAt: input.now,
    },
    select,
  });
}

/**
 * Settles a pending request: `UPDATE ... WHERE id AND status = 'pending'`. False when someone
 * settled it first, so of two approvals at once exactly one goes through. A withdrawal records
 * no decider (the requester may not be the decider: the four-eyes CHECK).
 */
export async function settleUnfreezeRequest(
  tx: DbOrTx,
  input: {
    id: string;
    status: Exclude<UnfreezeRequestStatus, "pending">;
    decidedById: string | null;
    note: string | null;
    now: Date;
  },
): Promise<boolean> {
  const { count } = await tx.unfreezeRequest.updateMany({
    where: { id: input.id, status: "pending" },
    data: {
      status: input.status,
      decidedById: input.decidedById,
      decisionNote: input.note,
      decidedAt: input.now,
    },
  });
  return count === 1;
}

/** What the staff deciding a request see of it: names, not ids; the customer's email to mask. */
export interface PendingUnfreezeRow extends UnfreezeRequestRow {
  requesterName: string;
  customerEmail: string;
  customerFrozenAt: Date | null;
  ticket: { number: string; team: TeamKey } | null;
}

/**
 * Pending requests, oldest first. A request made on a ticket the viewer's windows do not cover
 * (a security ticket, for a lead of another window) is left out: its facts stay with the team.
 */
export async function listPendingUnfreezeRequests(
  db: DbOrTx,
  input: { teams: "all" | readonly TeamKey[]; customerId?: string; take: number },
): Promise<PendingUnfreezeRow[]> {
  const rows = await db.unfreezeRequest.findMany({
    where: { status: "pending", ...(input.customerId ? { customerId: input.customerId } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: input.take,
    select,
  });
  if (rows.length === 0) return [];
  const ticketIds = rows.flatMap((row) => (row.ticketId ? [row.ticketId] : []));
  const [staff, customers, tickets] = await Promise.all([
    db.staff.findMany({
      where: { id: { in: rows.map((row) => row.requestedById) } },
      select: { id: true, displayName: true },
    }),
    db.customer.findMany({
      where: { id: { in: rows.map((row) => row.customerId) } },
      select: { id: true, email: true, frozenAt: true },
    }),
    db.ticket.findMany({
      where: { id: { in: ticketIds } },
      select: { id: true, number: true, team: { select: { key: true } } },
    }),
  ]);
  const names = new Map(staff.map((s) => [s.id, s.displayName]));
  const accounts = new Map(customers.map((c) => [c.id, c]));
  const ticketsById = new Map(tickets.map((t) => [t.id, { number: t.number, team: t.team.key as TeamKey }]));
  return rows.flatMap((row) => {
    const ticket = row.ticketId ? (ticketsById.get(row.ticketId) ?? null) : null;
    if (ticket && input.teams !== "all" && !input.teams.includes(ticket.team)) return [];
    const account = accounts.get(row.customerId);
    return [
      {
        ...row,
        requesterName: names.get(row.requestedById) ?? "",
        customerEmail: account?.email ?? "",
        customerFrozenAt: account?.frozenAt ?? null,
        ticket,
      },
    ];
  });
}

/** The ticket a request is made on, if the viewer's windows cover it (null otherwise). */
export async function findUnfreezeTicket(
  db: DbOrTx,
  input: { ticketId: string; teams: "all" | readonly TeamKey[] },
): Promise<{ id: string; number: string; team: TeamKey; customerId: string | null } | null> {
  const row = await db.ticket.findFirst({
    where: {
      id: input.ticketId,
      ...(input.teams === "all" ? {} : { team: { key: { in: [...input.teams] } } }),
    },
    select: { id: true, number: true, customerId: true, team: { select: { key: true } } },
  });
  return row
    ? { id: row.id, number: row.number, customerId: row.customerId, team: row.team.key as TeamKey }
    : null;
}
