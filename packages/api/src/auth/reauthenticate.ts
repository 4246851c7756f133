import { accountRateLimits, rateLimitKey } from "@madoguchi/core/account/account-rate-limits";
import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import { DomainError, RateLimitedError } from "@madoguchi/core/errors/domain-error";
import { type CredentialRecord, findCredentials } from "@madoguchi/db/account/credentials-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import { auditAccount } from "./account-audit";
import { type AccountCtx, auditMeta } from "./account-context";
import { verifyAgainstNothing, verifyPassword } from "./password-hashing";

/**
 * Asks a signed-in person for their password again before a sensitive change (password, email,
 * two-factor). A stolen session alone cannot make those changes, nor guess the password fast.
 */
export async function reauthenticate(
  ctx: AccountCtx,
  subject: AccountSubject,
  password: string,
): Promise<CredentialRecord> {
  const now = ctx.now();
  const limit = await hitRateLimit(
    ctx.db,
    {
      key: rateLimitKey("reauthPerAccount", `${subject.kind}:${subject.id}`),
      ...accountRateLimits.reauthPerAccount,
    },
    now,
  );
  if (!limit.allowed) throw new RateLimitedError("account.reauth.rateLimited", limit.retryAfterSeconds);
  const record = await findCredentials(ctx.db, subject);
  if (!record || !record.active || record.frozen) throw new DomainError("NOT_FOUND", "account.notFound");
  const matches = record.passwordHash
    ? await verifyPassword(record.passwordHash, password)
    : await verifyAgainstNothing(password);
  if (!matches) {
    await auditAccount(ctx.db, auditMeta(ctx, now), {
      action: "auth.reauth.failed",
      object: subject,
      actor: subject,
    });
    throw new DomainError("INVALID", "account.password.incorrect");
  }
  return record;
}
