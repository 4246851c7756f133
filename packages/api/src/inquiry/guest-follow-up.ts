import { createHash, randomBytes } from "node:crypto";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { Locale } from "@madoguchi/core/locale/locale";
import { detectSecrets, type SecretKind } from "@madoguchi/core/secrets/detect-secrets";
import { redactSecrets } from "@madoguchi/core/secrets/redact-secrets";
import { replyBodySchema } from "@madoguchi/core/ticket/customer-ticket-input";
import { applyCustomerAction } from "@madoguchi/core/ticket/ticket-lifecycle";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import {
  addGuestMessage,
  createGuestAccess,
  findGuestAccess,
  lockTicketForContact,
  ticketExistsForContact,
} from "@madoguchi/db/inquiry/guest-ticket-repository";
import { findTicketForContact } from "@madoguchi/db/ticket/customer-ticket-queries";
import { setTicketStatus } from "@madoguchi/db/ticket/ticket-repository";
import type { Context } from "../context/context";
import { sendInquiryCode, throttleCodeGuess, useInquiryCode } from "./inquiry-code";

type Ctx = Pick<Context, "db" | "ip" | "userAgent" | "now">;

/** How long an opened ticket stays open in the browser without signing in. */
export const GUEST_ACCESS_MINUTES = 30;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Step one of following up without signing in: a code to the address, sent only when it is the
 * contact address of that ticket number. The answer is the same either way.
 */
export function requestFollowUpCode(
  ctx: Ctx,
  input: { email: string; number: string; locale: Locale },
): Promise<{ status: "sent" }> {
  return sendInquiryCode(ctx, {
    email: input.email,
    locale: input.locale,
    scope: "follow_up",
    onlyIf: (tx) => ticketExistsForContact(tx, { number: input.number, contactEmail: input.email }),
  });
}

/** Step two: the code opens that one ticket for a while, through an access token kept in a cookie. */
export async function openFollowUp(
  ctx: Ctx,
  input: { email: string; number: string; code: string },
): Promise<{ accessToken: string; expiresAt: Date }> {
  const now = ctx.now();
  await throttleCodeGuess(ctx, input.email);
  return ctx.db.$transaction(async (tx) => {
    const valid =
      (await useInquiryCode(tx, { scope: "follow_up", email: input.email, code: input.code, now })) &&
      (await ticketExistsForContact(tx, { number: input.number, contactEmail: input.email }));
    if (!valid) throw new DomainError("INVALID", "inquiry.code.invalid");
    const accessToken = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + GUEST_ACCESS_MINUTES * 60_000);
    await createGuestAccess(tx, {
      tokenHash: hashToken(accessToken),
      contactEmail: input.email,
      number: input.number,
      expiresAt,
      now,
    });
    await recordAudit(tx, {
      actorKind: "system",
      action: "inquiry.follow_up.opened",
      objectType: "ticket",
      objectId: input.number,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      at: now,
    });
    return { accessToken, expiresAt };
  });
}

async function accessOf(ctx: Ctx, accessToken: string) {
  const access = await findGuestAccess(ctx.db, { tokenHash: hashToken(accessToken), now: ctx.now() });
  if (!access) throw new DomainError("NOT_FOUND", "ticket.notFound");
  return access;
}

/** The opened ticket: public conversation and timeline, as its owner would see it signed in. */
export async function guestTicket(ctx: Ctx, accessToken: string) {
  const access = await accessOf(ctx, accessToken);
  const ticket = await findTicketForContact(ctx.db, {
    contactEmail: access.contactEmail,
    number: access.number,
  });
  if (!ticket) throw new DomainError("NOT_FOUND", "ticket.notFound");
  const { id: _id, csatScore: _csat, ...view } = ticket;
  let canReply = true;
  try {
    applyCustomerAction(ticket, "reply", ctx.now());
  } catch {
    canReply = false;
  }
  return {
    ...view,
    // Attachments are listed, not served: downloads need the account (or staff).
    messages: view.messages.map((message) => ({
      ...message,
      attachments: message.attachments.map(({ id: _a, ...a }) => a),
    })),
    canReply,
  };
}

export type GuestReplyResult =
  { status: "sent" } | { status: "invalid"; messageKey: string } | { status: "secrets"; kinds: SecretKind[] };

/** A reply from the opened ticket: text only, secrets flagged first and redacted when sent anyway. */
export async function guestReply(
  ctx: Ctx,
  input: { accessToken: string; body: string; sendDespiteSecrets: boolean },
): Promise<GuestReplyResult> {
  const now = ctx.now();
  const access = await accessOf(ctx, input.accessToken);
  const parsed = replyBodySchema.safeParse(input.body);
  if (!parsed.success)
    return { status: "invalid", messageKey: parsed.error.issues[0]?.message ?? "ticket.reply.empty" };
  const kinds = [...new Set(detectSecrets(parsed.data).map((finding) => finding.kind))];
  if (kinds.length > 0 && !input.sendDespiteSecrets) return { status: "secrets", kinds };
  const body = kinds.length > 0 ? redactSecrets(parsed.data) : { text: parsed.data, redacted: false };
  await ctx.db.$transaction(async (tx) => {
    const ticket = await lockTicketForContact(tx, access);
    if (!ticket) throw new DomainError("NOT_FOUND", "ticket.notFound");
    const to = applyCustomerAction(ticket, "reply", now);
    await addGuestMessage(tx, { ticketId: ticket.id, body: body.text, redacted: body.redacted, now });
    await setTicketStatus(tx, {
      ticketId: ticket.id,
      from: ticket.status,
      to,
      actor: { kind: "customer", id: null },
      now,
    });
    await recordAudit(tx, {
      actorKind: "system",
      action: "inquiry.follow_up.replied",
      objectType: "ticket",
      objectId: ticket.id,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      data: { redacted: body.redacted },
      at: now,
    });
  });
  return { status: "sent" };
}
