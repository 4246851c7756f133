import {
  assertUnfreezable,
  decideUnfreezeRequest,
  type UnfreezeDecision,
} from "@madoguchi/core/account/unfreeze-approval";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { maskPii } from "@madoguchi/core/workspace/customer-pii";
import {
  createUnfreezeRequest,
  findPendingUnfreezeRequest,
  findUnfreezeRequest,
  findUnfreezeTicket,
  listPendingUnfreezeRequests,
  lockCustomerFreeze,
  type PendingUnfreezeRow,
  settleUnfreezeRequest,
  type UnfreezeRequestRow,
} from "@madoguchi/db/account/unfreeze-request-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { recordTicketEvent } from "@madoguchi/db/workspace/staff-ticket-repository";
import { liftFreeze } from "../account/freeze-account";
import { auditStaffAction } from "../console/console-audit";
import type { ConsoleCtx } from "../console/console-procedure";

/** A pending request as the console shows it: the customer's address masked, names not ids. */
export interface PendingUnfreezeView {
  id: string;
  customerId: string;
  customerEmail: string;
  frozenAt: Date | null;
  reason: string;
  requesterName: string;
  /** The caller asked for it: they may withdraw it, and only someone else may decide it. */
  requestedByMe: boolean;
  ticketNumber: string | null;
  createdAt: Date;
}

function toView(ctx: ConsoleCtx, row: PendingUnfreezeRow): PendingUnfreezeView {
  return {
    id: row.id,
    customerId: row.customerId,
    customerEmail: row.customerEmail ? maskPii("email", row.customerEmail) : "",
    frozenAt: row.customerFrozenAt,
    reason: row.reason,
    requesterName: row.requesterName,
    requestedByMe: row.requestedById === ctx.scope.id,
    ticketNumber: row.ticket?.number ?? null,
    createdAt: row.createdAt,
  };
}

/** Pending requests the caller's windows cover, oldest first: the approvers' list. */
export async function listPendingUnfreezes(ctx: ConsoleCtx): Promise<PendingUnfreezeView[]> {
  const rows = await listPendingUnfreezeRequests(ctx.db, { teams: ctx.visible, take: 200 });
  return rows.map((row) => toView(ctx, row));
}

/** The pending request of one customer (the customer panel), or null. */
export async function pendingUnfreezeOf(
  ctx: ConsoleCtx,
  customerId: string,
): Promise<PendingUnfreezeView | null> {
  const [row] = await listPendingUnfreezeRequests(ctx.db, { teams: ctx.visible, customerId, take: 1 });
  return row ? toView(ctx, row) : null;
}

/** A ticket the caller sees, of this customer; anything else is NOT_FOUND (existence does not leak). */
async function ticketOf(tx: DbOrTx, ctx: ConsoleCtx, ticketId: string, customerId: string) {
  const ticket = await findUnfreezeTicket(tx, { ticketId, teams: ctx.visible });
  if (!ticket) throw new DomainError("NOT_FOUND", "ticket.notFound");
  if (ticket.customerId !== customerId) throw new DomainError("INVALID", "unfreeze.ticketMismatch");
  return ticket;
}

async function eventOnTicket(
  tx: DbOrTx,
  ctx: ConsoleCtx,
  request: Pick<UnfreezeRequestRow, "id" | "ticketId">,
  kind: string,
  now: Date,
): Promise<void> {
  if (!request.ticketId) return;
  await recordTicketEvent(tx, {
    ticketId: request.ticketId,
    kind,
    staffId: ctx.scope.id,
    now,
    data: { requestId: request.id },
  });
}

/**
 * The first of the four eyes: after the identity checks, ask for the account to be unfrozen.
 * The customer row is locked while checking, so one request at most is pending per customer;
 * a second one is CONFLICT (the panel shows the pending one).
 */
export async function requestUnfreeze(
  ctx: ConsoleCtx,
  input: { customerId: string; ticketId?: string | undefined; reason: string },
): Promise<{ id: string }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const account = await lockCustomerFreeze(tx, input.customerId);
    if (!account) throw new DomainError("NOT_FOUND", "account.notFound");
    const ticket = input.ticketId ? await ticketOf(tx, ctx, input.ticketId, input.customerId) : null;
    assertUnfreezable(account);
    if (await findPendingUnfreezeRequest(tx, input.customerId))
      throw new DomainError("CONFLICT", "unfreeze.alreadyPending");
    const request = await createUnfreezeRequest(tx, {
      customerId: input.customerId,
      ticketId: ticket?.id ?? null,
      requestedById: ctx.scope.id,
      reason: input.reason,
      now,
    });
    await auditStaffAction(tx, ctx, {
      action: "customer.unfreeze.requested",
      objectType: "customer",
      objectId: input.customerId,
      data: {
        request: request.id,
        ticket: ticket?.number ?? null,
        reason: input.reason,
        identityChecked: true,
      },
      at: now,
    });
    await eventOnTicket(tx, ctx, request, "unfreeze_requested", now);
    return { id: request.id };
  });
}

const decisionEvents: Record<UnfreezeDecision, { action: string; event: string }> = {
  approve: { action: "customer.unfreeze.approved", event: "unfreeze_approved" },
  reject: { action: "customer.unfreeze.rejected", event: "unfreeze_rejected" },
  withdraw: { action: "customer.unfreeze.withdrawn", event: "unfreeze_withdrawn" },
};

/**
 * Approve (the account is unfrozen in the same transaction), reject or withdraw a pending
 * request. Core decides who may; the update is conditional on the request still pending, so of
 * two approvers at once one wins and the other gets CONFLICT.
 */
export async function decideUnfreeze(
  ctx: ConsoleCtx,
  input: { requestId: string; decision: UnfreezeDecision; note?: string | undefined },
): Promise<{ status: "approved" | "rejected" | "withdrawn"; unfrozen: boolean }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const request = await findUnfreezeRequest(tx, input.requestId);
    if (!request) throw new DomainError("NOT_FOUND", "unfreeze.notFound");
    if (
      request.ticketId &&
      !(await findUnfreezeTicket(tx, { ticketId: request.ticketId, teams: ctx.visible }))
    )
      throw new DomainError("NOT_FOUND", "unfreeze.notFound");
    const status = decideUnfreezeRequest({ request, decision: input.decision, staffId: ctx.scope.id });
    if (status === "pending") throw new DomainError("CONFLICT", "unfreeze.notPending");
    const settled = await settleUnfreezeRequest(tx, {
      id: request.id,
      status,
      decidedById: input.decision === "withdraw" ? null : ctx.scope.id,
      note: input.note?.trim() ? input.note.trim() : null,
      now,
    });
    if (!settled) throw new DomainError("CONFLICT", "unfreeze.notPending");
    const unfrozen =
      status === "approved"
        ? await liftFreeze(
            tx,
            { ip: ctx.ip, userAgent: ctx.userAgent, now },
            { customerId: request.customerId, approvedById: ctx.scope.id, requestId: request.id },
          )
        : false;
    const names = decisionEvents[input.decision];
    await auditStaffAction(tx, ctx, {
      action: names.action,
      objectType: "customer",
      objectId: request.customerId,
      data: { request: request.id, requestedBy: request.requestedById, note: input.note ?? null, unfrozen },
      at: now,
    });
    await eventOnTicket(tx, ctx, request, names.event, now);
    return { status, unfrozen };
  });
}
