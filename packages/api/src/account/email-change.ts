import { accountRateLimits, rateLimitKey } from "@madoguchi/core/account/account-rate-limits";
import { tokenLifetimeMs } from "@madoguchi/core/account/auth-token-rules";
import { maskEmail } from "@madoguchi/core/account/canonical-email";
import { DomainError, RateLimitedError } from "@madoguchi/core/errors/domain-error";
import { retireAuthTokens } from "@madoguchi/db/account/auth-token-repository";
import { findAccountContact } from "@madoguchi/db/account/credentials-repository";
import { changeCustomerEmail, isUniqueViolation } from "@madoguchi/db/account/customer-account-repository";
import { enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import { accountLink } from "../auth/account-links";
import { auditAccount } from "../auth/account-audit";
import { type AccountCtx, auditMeta } from "../auth/account-context";
import { issueActionToken, useActionToken } from "../auth/action-token";
import { reauthenticate } from "../auth/reauthenticate";

/**
 * Step one of an email change: the password again, then a confirmation link to the NEW address.
 * Nothing changes until that link is opened. Whether the new address is taken is not said here
 * (only its owner learns it, at confirmation).
 */
export async function requestEmailChange(
  ctx: AccountCtx,
  customerId: string,
  input: { newEmail: string; password: string },
): Promise<{ status: "check_email" }> {
  const subject = { kind: "customer" as const, id: customerId };
  const account = await reauthenticate(ctx, subject, input.password);
  if (account.email === input.newEmail) throw new DomainError("INVALID", "account.email.unchanged");
  const now = ctx.now();
  const limit = await hitRateLimit(
    ctx.db,
    {
      key: rateLimitKey("emailLinkPerAddress", `change:${customerId}`),
      ...accountRateLimits.emailLinkPerAddress,
    },
    now,
  );
  if (!limit.allowed) throw new RateLimitedError("account.emailLink.rateLimited", limit.retryAfterSeconds);
  await ctx.db.$transaction(async (tx) => {
    await retireAuthTokens(tx, { subject, purpose: "change_email", now });
    const token = await issueActionToken(tx, {
      purpose: "change_email",
      subject,
      email: input.newEmail,
      now,
    });
    await enqueueEmail(tx, {
      to: input.newEmail,
      locale: account.locale,
      template: "email_change_confirm",
      data: {
        name: account.name,
        url: accountLink("confirmEmailChange", token, account.locale),
        expiresInHours: tokenLifetimeMs.change_email / 3_600_000,
      },
    });
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.email.change_requested",
      object: subject,
      actor: subject,
      data: { to: maskEmail(input.newEmail) },
    });
  });
  return { status: "check_email" };
}

/** The link at the new address: the account moves there, and the old address is told. */
export async function confirmEmailChange(ctx: AccountCtx, token: string): Promise<{ status: "changed" }> {
  const now = ctx.now();
  try {
    await ctx.db.$transaction(async (tx) => {
      const used = await useActionToken(tx, { purpose: "change_email", token, now });
      const contact = await findAccountContact(tx, used.subject);
      if (used.subject.kind !== "customer" || !contact || !used.email) {
        throw new DomainError("INVALID", "account.link.invalid");
      }
      if (!(await changeCustomerEmail(tx, used.subject.id, { email: used.email, now }))) {
        throw new DomainError("CONFLICT", "account.email.unavailable");
      }
      await enqueueEmail(tx, {
        to: contact.email,
        locale: contact.locale,
        template: "email_change_notice",
        data: { name: contact.name, newEmailMasked: maskEmail(used.email) },
      });
      await auditAccount(tx, auditMeta(ctx, now), {
        action: "auth.email.changed",
        object: used.subject,
        actor: used.subject,
        data: { from: maskEmail(contact.email), to: maskEmail(used.email) },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "account.email.unavailable");
    throw error;
  }
  return { status: "changed" };
}
