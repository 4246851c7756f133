import { DomainError } from "@madoguchi/core/errors/domain-error";
import { detectSecrets, type SecretKind } from "@madoguchi/core/secrets/detect-secrets";
import { redactSecrets } from "@madoguchi/core/secrets/redact-secrets";
import {
  applyCustomerAction,
  type CustomerAction,
  REOPEN_WINDOW_DAYS,
  type TicketFacts,
  type TicketStatus,
} from "@madoguchi/core/ticket/ticket-lifecycle";
import { replyBodySchema } from "@madoguchi/core/ticket/customer-ticket-input";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
} from "@madoguchi/db/idempotency/idempotency-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { findCustomerTicket, listCustomerTickets } from "@madoguchi/db/ticket/customer-ticket-queries";
import {
  addCustomerMessage,
  lockCustomerTicket,
  rateTicket,
  setTicketStatus,
} from "@madoguchi/db/ticket/ticket-repository";
import { z } from "zod";
import type { StoredUpload } from "../attachment/parse-multipart-upload";
import type { Context } from "../context/context";

type Ctx = Pick<Context, "db" | "now" | "ip" | "userAgent">;

const DAY = 24 * 60 * 60 * 1000;
const PAGE_SIZE = 20;
export const REPLY_SCOPE = "ticket_reply";
const REPLY_TTL_MS = 24 * 60 * 60 * 1000;

/** The list's page cursor as it travels in a URL: `<updatedAt ms>.<id>`. */
export const ticketCursorSchema = z
  .string()
  .regex(/^\d{1,15}\.[0-9a-f-]{36}$/)
  .transform((text) => {
    const [ms, id] = text.split(".") as [string, string];
    return { updatedAt: new Date(Number(ms)), id };
  });

function encodeCursor(cursor: { updatedAt: Date; id: string } | null): string | null {
  return cursor ? `${cursor.updatedAt.getTime()}.${cursor.id}` : null;
}

export async function listMyTickets(
  ctx: Ctx,
  customerId: string,
  input: { status?: TicketStatus | undefined; cursor?: { updatedAt: Date; id: string } | undefined },
) {
  const page = await listCustomerTickets(ctx.db, {
    customerId,
    take: PAGE_SIZE,
    ...(input.status ? { status: input.status } : {}),
    ...(input.cursor ? { cursor: input.cursor } : {}),
  });
  return { rows: page.rows, next: encodeCursor(page.next) };
}

const actions: readonly CustomerAction[] = ["reply", "mark_solved", "reopen", "rate"];

/** Which customer actions core allows on the ticket now: the page shows exactly those. */
function allowedActions(facts: TicketFacts, now: Date): Record<CustomerAction, boolean> {
  const allowed = (action: CustomerAction) => {
    try {
      applyCustomerAction(facts, action, now);
      return true;
    } catch (error) {
      if (error instanceof DomainError) return false;
      throw error;
    }
  };
  return Object.fromEntries(actions.map((action) => [action, allowed(action)])) as Record<
    CustomerAction,
    boolean
  >;
}

/** One of the customer's tickets with what they may do next; another's is NOT_FOUND, like a missing one. */
export async function getMyTicket(ctx: Ctx, customerId: string, number: string) {
  const ticket = await findCustomerTicket(ctx.db, { customerId, number });
  if (!ticket) throw new DomainError("NOT_FOUND", "ticket.notFound");
  const now = ctx.now();
  const { id: _id, ...view } = ticket;
  return {
    ...view,
    actions: allowedActions(ticket, now),
    /** Until when a resolved ticket can be reopened; after it, a new linked inquiry. */
    reopenUntil: ticket.resolvedAt ? new Date(ticket.resolvedAt.getTime() + REOPEN_WINDOW_DAYS * DAY) : null,
  };
}

async function lockOwn(tx: DbOrTx, customerId: string, number: string) {
  const ticket = await lockCustomerTicket(tx, { customerId, number });
  if (!ticket) throw new DomainError("NOT_FOUND", "ticket.notFound");
  return ticket;
}

async function auditTicket(
  tx: DbOrTx,
  ctx: Ctx,
  input: {
    customerId: string;
    ticketId: string;
    action: string;
    now: Date;
    data?: Record<string, string | number | boolean>;
  },
) {
  await recordAudit(tx, {
    actorKind: "customer",
    actorId: input.customerId,
    action: input.action,
    objectType: "ticket",
    objectId: input.ticketId,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    data: input.data ?? {},
    at: input.now,
  });
}

/** "Solved": the customer closes the question themselves. */
export async function markMyTicketSolved(
  ctx: Ctx,
  customerId: string,
  number: string,
): Promise<{ status: TicketStatus }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const ticket = await lockOwn(tx, customerId, number);
    const to = applyCustomerAction(ticket, "mark_solved", now);
    await setTicketStatus(tx, {
      ticketId: ticket.id,
      from: ticket.status,
      to,
      actor: { kind: "customer", id: customerId },
      now,
    });
    await auditTicket(tx, ctx, { customerId, ticketId: ticket.id, action: "ticket.customer.solved", now });
    return { status: to };
  });
}

/** Within 14 days of resolution; later core refuses and the page offers a new linked inquiry. */
export async function reopenMyTicket(
  ctx: Ctx,
  customerId: string,
  number: string,
): Promise<{ status: TicketStatus }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const ticket = await lockOwn(tx, customerId, number);
    const to = applyCustomerAction(ticket, "reopen", now);
    await setTicketStatus(tx, {
      ticketId: ticket.id,
      from: ticket.status,
      to,
      actor: { kind: "customer", id: customerId },
      eventKind: "reopened",
      now,
    });
    await auditTicket(tx, ctx, { customerId, ticketId: ticket.id, action: "ticket.customer.reopened", now });
    return { status: to };
  });
}

/** The satisfaction survey, once per ticket, after resolution. */
export async function rateMyTicket(
  ctx: Ctx,
  customerId: string,
  input: { number: string; score: number; comment: string | null },
): Promise<{ rated: true }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const ticket = await lockOwn(tx, customerId, input.number);
    applyCustomerAction(ticket, "rate", now);
    const comment = input.comment ? redactSecrets(input.comment).text : null;
    await rateTicket(tx, { ticketId: ticket.id, customerId, score: input.score, comment, now });
    await auditTicket(tx, ctx, {
      customerId,
      ticketId: ticket.id,
      action: "ticket.customer.rated",
      now,
      data: { score: input.score },
    });
    return { rated: true as const };
  });
}

export type ReplyResult =
  | { status: "sent"; number: string; replayed: boolean }
  | { status: "invalid"; messageKey: string }
  | { status: "secrets"; kinds: SecretKind[] };

/**
 * A customer's reply with attachments: refused on a finished ticket (core), stopped at anything
 * that looks like a secret unless sent anyway (then redacted), idempotent per form instance. The
 * caller owns the uploaded files and discards them unless a message now refers to them.
 */
export async function replyToMyTicket(
  ctx: Ctx,
  customerId: string,
  input: {
    number: string;
    body: string;
    sendDespiteSecrets: boolean;
    formKey: string;
    attachments: readonly StoredUpload[];
  },
): Promise<ReplyResult> {
  const now = ctx.now();
  const parsed = replyBodySchema.safeParse(input.body);
  if (!parsed.success)
    return { status: "invalid", messageKey: parsed.error.issues[0]?.message ?? "ticket.reply.empty" };
  const kinds = [...new Set(detectSecrets(parsed.data).map((finding) => finding.kind))];
  if (kinds.length > 0 && !input.sendDespiteSecrets) return { status: "secrets", kinds };
  const body = kinds.length > 0 ? redactSecrets(parsed.data) : { text: parsed.data, redacted: false };

  return ctx.db.$transaction(async (tx) => {
    const ticket = await lockOwn(tx, customerId, input.number);
    const claim = await claimIdempotencyKey(tx, {
      scope: REPLY_SCOPE,
      clientKey: input.formKey,
      customerId,
      now,
      ttlMs: REPLY_TTL_MS,
    });
    if (!claim.claimed) return { status: "sent" as const, number: input.number, replayed: true };
    const to = applyCustomerAction(ticket, "reply", now);
    await addCustomerMessage(tx, {
      ticketId: ticket.id,
      customerId,
      body: body.text,
      redacted: body.redacted,
      attachments: input.attachments.map(({ field: _field, ...file }) => file),
      now,
    });
    await setTicketStatus(tx, {
      ticketId: ticket.id,
      from: ticket.status,
      to,
      actor: { kind: "customer", id: customerId },
      now,
    });
    await auditTicket(tx, ctx, {
      customerId,
      ticketId: ticket.id,
      action: "ticket.customer.replied",
      now,
      data: { attachments: input.attachments.length, redacted: body.redacted },
    });
    await completeIdempotencyKey(tx, claim.key, { number: input.number });
    return { status: "sent" as const, number: input.number, replayed: false };
  });
}
