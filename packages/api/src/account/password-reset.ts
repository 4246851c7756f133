import { accountRateLimits, rateLimitKey } from "@madoguchi/core/account/account-rate-limits";
import { tokenLifetimeMs } from "@madoguchi/core/account/auth-token-rules";
import { DomainError, RateLimitedError } from "@madoguchi/core/errors/domain-error";
import { retireAuthTokens } from "@madoguchi/db/account/auth-token-repository";
import { findAccountContact, setPasswordHash } from "@madoguchi/db/account/credentials-repository";
import { findCustomerByEmail, markEmailVerified } from "@madoguchi/db/account/customer-account-repository";
import { clearLock } from "@madoguchi/db/account/lockout-repository";
import { type DbOrTx, enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import { accountLink } from "../auth/account-links";
import { auditAccount } from "../auth/account-audit";
import { type AccountCtx, auditMeta } from "../auth/account-context";
import { issueActionToken, opaqueKey, peekActionToken, useActionToken } from "../auth/action-token";
import { endAllSessions } from "../auth/end-sessions";
import { assertAcceptablePassword } from "../auth/password-change";
import { hashPassword } from "../auth/password-hashing";
import type { CustomerContact } from "./email-verification";

/**
 * A reset link to the customer, unless their inbox already got `emailLinkPerAddress` links this
 * hour. Only the newest link works. False when nothing was sent.
 */
export async function sendPasswordResetEmail(
  tx: DbOrTx,
  input: { customer: CustomerContact; now: Date },
): Promise<boolean> {
  const { customer, now } = input;
  const perAddress = await hitRateLimit(
    tx,
    {
      key: rateLimitKey("emailLinkPerAddress", `reset:${customer.id}`),
      ...accountRateLimits.emailLinkPerAddress,
    },
    now,
  );
  if (!perAddress.allowed) return false;
  const subject = { kind: "customer" as const, id: customer.id };
  await retireAuthTokens(tx, { subject, purpose: "reset_password", now });
  const token = await issueActionToken(tx, { purpose: "reset_password", subject, now });
  await enqueueEmail(tx, {
    to: customer.email,
    locale: customer.locale,
    template: "reset_password",
    data: {
      name: customer.name,
      url: accountLink("resetPassword", token, customer.locale),
      expiresInMinutes: tokenLifetimeMs.reset_password / 60_000,
    },
  });
  return true;
}

/** Throttles a flow that starts from a typed address (reset, freeze) per client. */
export async function throttleEmailLinkRequest(
  ctx: AccountCtx,
  flow: "reset" | "freeze",
  now: Date,
): Promise<void> {
  const limit = await hitRateLimit(
    ctx.db,
    {
      key: rateLimitKey("emailLinkPerIp", `${flow}:${opaqueKey(ctx.ip ?? "unknown")}`),
      ...accountRateLimits.emailLinkPerIp,
    },
    now,
  );
  if (!limit.allowed) throw new RateLimitedError("account.emailLink.rateLimited", limit.retryAfterSeconds);
}

/**
 * "Forgot password": the same answer whether the address has an account or not. A frozen account
 * gets no link (the freeze holds until staff lift it).
 */
export async function requestPasswordReset(
  ctx: AccountCtx,
  email: string,
): Promise<{ status: "check_email" }> {
  const now = ctx.now();
  await throttleEmailLinkRequest(ctx, "reset", now);
  await ctx.db.$transaction(async (tx) => {
    const customer = await findCustomerByEmail(tx, email);
    if (!customer || customer.frozen) return;
    const sent = await sendPasswordResetEmail(tx, {
      customer: { id: customer.id, email: customer.email, name: customer.fullName, locale: customer.locale },
      now,
    });
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.password.reset_requested",
      object: { kind: "customer", id: customer.id },
      data: { sent },
    });
  });
  return { status: "check_email" };
}

/**
 * The link of a `reset_password` email: sets the new password, ends every session, lifts a
 * lock, and (the link proves the mailbox) confirms the address.
 */
export async function resetPassword(
  ctx: AccountCtx,
  input: { token: string; password: string },
): Promise<{ status: "reset" }> {
  const now = ctx.now();
  // The link and the password are judged before the (deliberately slow) hashing.
  const subject = await peekActionToken(ctx.db, { purpose: "reset_password", token: input.token, now });
  const account = await findAccountContact(ctx.db, subject);
  if (subject.kind !== "customer" || !account) throw new DomainError("INVALID", "account.link.invalid");
  assertAcceptablePassword(input.password, account);
  const passwordHash = await hashPassword(input.password);
  await ctx.db.$transaction(async (tx) => {
    const used = await useActionToken(tx, { purpose: "reset_password", token: input.token, now });
    const contact = await findAccountContact(tx, used.subject);
    if (used.subject.id !== subject.id || !contact) throw new DomainError("INVALID", "account.link.invalid");
    await setPasswordHash(tx, used.subject, passwordHash);
    await clearLock(tx, used.subject, now);
    await markEmailVerified(tx, used.subject.id, now);
    await retireAuthTokens(tx, { subject: used.subject, purpose: "reset_password", now });
    const sessionsEnded = await endAllSessions(tx, used.subject, now);
    await enqueueEmail(tx, {
      to: contact.email,
      locale: contact.locale,
      template: "password_changed",
      data: { name: contact.name },
    });
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.password.reset",
      object: used.subject,
      actor: used.subject,
      data: { sessionsEnded },
    });
  });
  return { status: "reset" };
}
