import { accountRateLimits, rateLimitKey } from "@madoguchi/core/account/account-rate-limits";
import { tokenLifetimeMs } from "@madoguchi/core/account/auth-token-rules";
import { DomainError, RateLimitedError } from "@madoguchi/core/errors/domain-error";
import type { Locale } from "@madoguchi/core/locale/locale";
import { retireAuthTokens } from "@madoguchi/db/account/auth-token-repository";
import { findAccountContact } from "@madoguchi/db/account/credentials-repository";
import { isCustomerVerified, markEmailVerified } from "@madoguchi/db/account/customer-account-repository";
import { type DbOrTx, enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import { accountLink } from "../auth/account-links";
import { auditAccount } from "../auth/account-audit";
import { type AccountCtx, auditMeta } from "../auth/account-context";
import { issueActionToken, useActionToken } from "../auth/action-token";

export interface CustomerContact {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

/** A verification link to the customer's address; older links stop working. */
export async function sendVerificationEmail(tx: DbOrTx, input: { customer: CustomerContact; now: Date }) {
  const { customer, now } = input;
  const subject = { kind: "customer" as const, id: customer.id };
  await retireAuthTokens(tx, { subject, purpose: "verify_email", now });
  // The address rides with the token: a link sent before an email change must not verify the new one.
  const token = await issueActionToken(tx, { purpose: "verify_email", subject, email: customer.email, now });
  await enqueueEmail(tx, {
    to: customer.email,
    locale: customer.locale,
    template: "verify_email",
    data: {
      name: customer.name,
      url: accountLink("verifyEmail", token, customer.locale),
      expiresInHours: tokenLifetimeMs.verify_email / 3_600_000,
    },
  });
}

/** The link of a `verify_email` email; it needs no sign-in. */
export async function verifyEmail(ctx: AccountCtx, token: string): Promise<{ verified: true }> {
  const now = ctx.now();
  await ctx.db.$transaction(async (tx) => {
    const used = await useActionToken(tx, { purpose: "verify_email", token, now });
    const contact = await findAccountContact(tx, used.subject);
    if (used.subject.kind !== "customer" || !contact || contact.email !== used.email) {
      throw new DomainError("INVALID", "account.link.invalid");
    }
    if (await markEmailVerified(tx, used.subject.id, now)) {
      await auditAccount(tx, auditMeta(ctx, now), {
        action: "auth.email.verified",
        object: used.subject,
        actor: used.subject,
      });
    }
  });
  return { verified: true };
}

/** "Send the link again" for a signed-in customer who has not verified yet. */
export async function resendVerification(ctx: AccountCtx, customerId: string): Promise<{ sent: boolean }> {
  const verified = await isCustomerVerified(ctx.db, customerId);
  if (verified === null) throw new DomainError("NOT_FOUND", "account.notFound");
  if (verified) return { sent: false };
  const now = ctx.now();
  const limit = await hitRateLimit(
    ctx.db,
    {
      key: rateLimitKey("emailLinkPerAddress", `verify:${customerId}`),
      ...accountRateLimits.emailLinkPerAddress,
    },
    now,
  );
  if (!limit.allowed) throw new RateLimitedError("account.verification.rateLimited", limit.retryAfterSeconds);
  await ctx.db.$transaction(async (tx) => {
    const contact = await findAccountContact(tx, { kind: "customer", id: customerId });
    if (!contact) throw new DomainError("NOT_FOUND", "account.notFound");
    await sendVerificationEmail(tx, { customer: { id: customerId, ...contact }, now });
  });
  return { sent: true };
}
