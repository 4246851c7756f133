import { accountRateLimits, rateLimitKey } from "@madoguchi/core/account/account-rate-limits";
import { isPlausibleDateOfBirth } from "@madoguchi/core/account/account-schemas";
import type { Locale } from "@madoguchi/core/locale/locale";
import { DomainError, RateLimitedError } from "@madoguchi/core/errors/domain-error";
import {
  createCustomer,
  findCustomerByEmail,
  findSignUpPlanId,
} from "@madoguchi/db/account/customer-account-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import { auditAccount } from "../auth/account-audit";
import { type AccountCtx, auditMeta } from "../auth/account-context";
import { opaqueKey } from "../auth/action-token";
import { hashPassword } from "../auth/password-hashing";
import { assertAcceptablePassword } from "../auth/password-change";
import { sendVerificationEmail } from "./email-verification";
import { sendPasswordResetEmail } from "./password-reset";

export interface SignUp {
  /** Canonical (the input schema canonicalized it). */
  email: string;
  password: string;
  fullName: string;
  dateOfBirth?: string | undefined;
  locale: Locale;
}

/**
 * Opens an account and emails a verification link. An address that already has an account gets
 * the same answer, and its owner a password-reset email instead: the form does not tell anyone
 * which addresses are registered, and a person who forgot they had an account can get back in.
 */
export async function signUp(ctx: AccountCtx, input: SignUp): Promise<{ status: "check_email" }> {
  const now = ctx.now();
  const limit = await hitRateLimit(
    ctx.db,
    { key: rateLimitKey("signUpPerIp", opaqueKey(ctx.ip ?? "unknown")), ...accountRateLimits.signUpPerIp },
    now,
  );
  if (!limit.allowed) throw new RateLimitedError("account.signUp.rateLimited", limit.retryAfterSeconds);
  if (input.dateOfBirth && !isPlausibleDateOfBirth(input.dateOfBirth, now)) {
    throw new DomainError("INVALID", "account.dateOfBirth.invalid");
  }
  assertAcceptablePassword(input.password, { email: input.email, name: input.fullName });
  // Hashed before looking the address up, so both answers take the same time.
  const passwordHash = await hashPassword(input.password);
  const planId = await findSignUpPlanId(ctx.db);
  if (!planId) throw new Error("no plan to give new customers: seed or configure one");

  await ctx.db.$transaction(async (tx) => {
    // An address taken in another case (`Hanako@` vs `hanako@`) counts as taken.
    const taken = await findCustomerByEmail(tx, input.email);
    const created = taken
      ? null
      : await createCustomer(tx, {
          email: input.email,
          passwordHash,
          fullName: input.fullName,
          dateOfBirth: input.dateOfBirth ?? null,
          locale: input.locale,
          planId,
        });
    if (created) {
      const subject = { kind: "customer" as const, id: created.id };
      await sendVerificationEmail(tx, {
        customer: { id: created.id, email: input.email, name: input.fullName, locale: input.locale },
        now,
      });
      await auditAccount(tx, auditMeta(ctx, now), { action: "auth.signup", object: subject, actor: subject });
      return;
    }
    const existing = taken ?? (await findCustomerByEmail(tx, input.email));
    if (!existing) return;
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.signup.duplicate",
      object: { kind: "customer", id: existing.id },
    });
    if (!existing.frozen) {
      await sendPasswordResetEmail(tx, {
        customer: {
          id: existing.id,
          email: existing.email,
          name: existing.fullName,
          locale: existing.locale,
        },
        now,
      });
    }
  });
  return { status: "check_email" };
}
