import { accountRateLimits, rateLimitKey } from "@madoguchi/core/account/account-rate-limits";
import { tokenLifetimeMs } from "@madoguchi/core/account/auth-token-rules";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { retireAuthTokens } from "@madoguchi/db/account/auth-token-repository";
import { findAccountContact } from "@madoguchi/db/account/credentials-repository";
import {
  findCustomerByEmail,
  freezeCustomer,
  unfreezeCustomer,
} from "@madoguchi/db/account/customer-account-repository";
import { type DbOrTx, enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import { revokeSessions } from "@madoguchi/db/session/auth-session-repository";
import { accountLink } from "../auth/account-links";
import { type AuditMeta, auditAccount } from "../auth/account-audit";
import { type AccountCtx, auditMeta } from "../auth/account-context";
import { issueActionToken, useActionToken } from "../auth/action-token";
import { type AccountFrozenSource, onAccountFrozen } from "./account-frozen-hooks";
import { throttleEmailLinkRequest } from "./password-reset";

/**
 * Emergency freeze without signing in (someone else may hold the account): a confirmation link
 * to the registered address. The answer is the same whether the address has an account or not.
 */
export async function requestFreeze(ctx: AccountCtx, email: string): Promise<{ status: "check_email" }> {
  const now = ctx.now();
  await throttleEmailLinkRequest(ctx, "freeze", now);
  await ctx.db.$transaction(async (tx) => {
    const customer = await findCustomerByEmail(tx, email);
    if (!customer || customer.frozen) return;
    const perAddress = await hitRateLimit(
      tx,
      {
        key: rateLimitKey("emailLinkPerAddress", `freeze:${customer.id}`),
        ...accountRateLimits.emailLinkPerAddress,
      },
      now,
    );
    if (!perAddress.allowed) return;
    const subject = { kind: "customer" as const, id: customer.id };
    await retireAuthTokens(tx, { subject, purpose: "freeze_account", now });
    const token = await issueActionToken(tx, { purpose: "freeze_account", subject, now });
    await enqueueEmail(tx, {
      to: customer.email,
      locale: customer.locale,
      template: "freeze_confirm",
      data: {
        url: accountLink("confirmFreeze", token, customer.locale),
        expiresInMinutes: tokenLifetimeMs.freeze_account / 60_000,
      },
    });
    await auditAccount(tx, auditMeta(ctx, now), { action: "auth.account.freeze_requested", object: subject });
  });
  return { status: "check_email" };
}

/** The link of a `freeze_confirm` email. */
export async function confirmFreeze(ctx: AccountCtx, token: string): Promise<{ frozen: true }> {
  const now = ctx.now();
  await ctx.db.$transaction(async (tx) => {
    const used = await useActionToken(tx, { purpose: "freeze_account", token, now });
    if (used.subject.kind !== "customer") throw new DomainError("INVALID", "account.link.invalid");
    await freeze(tx, ctx, { customerId: used.subject.id, source: "email_link", now });
  });
  return { frozen: true };
}

/** The signed-in "freeze my account now" button: no confirmation email, the session is proof enough. */
export async function freezeSignedIn(ctx: AccountCtx, customerId: string): Promise<{ frozen: true }> {
  const now = ctx.now();
  await ctx.db.$transaction((tx) => freeze(tx, ctx, { customerId, source: "signed_in", now }));
  return { frozen: true };
}

/**
 * Freezes: sign-in refused until staff lift it, every session ended (rows revoked, version
 * bumped), the owner told, the audit written and the frozen-account hooks run, all in one
 * transaction. Freezing a frozen account changes nothing.
 */
async function freeze(
  tx: DbOrTx,
  ctx: AccountCtx,
  input: { customerId: string; source: AccountFrozenSource; now: Date },
): Promise<void> {
  const subject = { kind: "customer" as const, id: input.customerId };
  const contact = await findAccountContact(tx, subject);
  if (!contact) throw new DomainError("NOT_FOUND", "account.notFound");
  if (!(await freezeCustomer(tx, input.customerId, input.now))) return;
  const sessionsEnded = await revokeSessions(tx, subject, { now: input.now });
  await enqueueEmail(tx, {
    to: contact.email,
    locale: contact.locale,
    template: "account_frozen",
    data: { name: contact.name },
  });
  await auditAccount(tx, auditMeta(ctx, input.now), {
    action: "auth.account.frozen",
    object: subject,
    actor: input.source === "signed_in" ? subject : null,
    data: { source: input.source, sessionsEnded },
  });
  await onAccountFrozen(tx, { customerId: input.customerId, source: input.source, at: input.now });
}

/**
 * Lifts a freeze inside the transaction that approves it (see `unfreeze-requests`): sign-in is
 * allowed again, with a clean slate of failed attempts, and the audit names the approver and
 * the request. The sessions ended at the freeze stay ended. False when it was not frozen.
 */
export async function liftFreeze(
  tx: DbOrTx,
  meta: AuditMeta,
  input: { customerId: string; approvedById: string; requestId: string },
): Promise<boolean> {
  const unfrozen = await unfreezeCustomer(tx, input.customerId);
  if (unfrozen) {
    await auditAccount(tx, meta, {
      action: "auth.account.unfrozen",
      object: { kind: "customer", id: input.customerId },
      actor: { kind: "staff", id: input.approvedById },
      data: { request: input.requestId },
    });
  }
  return unfrozen;
}
