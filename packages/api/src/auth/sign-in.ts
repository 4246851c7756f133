import { accountRateLimits, rateLimitKey } from "@madoguchi/core/account/account-rate-limits";
import type { AccountKind, AccountSubject } from "@madoguchi/core/account/account-subject";
import { tokenExpiry } from "@madoguchi/core/account/auth-token-rules";
import { canonicalizeEmail } from "@madoguchi/core/account/canonical-email";
import { approximatePlace } from "@madoguchi/core/account/approximate-place";
import { sessionExpiry } from "@madoguchi/core/account/session-rules";
import {
  decideFirstFactor,
  decideSecondFactor,
  lockedMinutes,
  lockedUntilFrom,
  shouldLock,
} from "@madoguchi/core/account/sign-in-rules";
import type { StaffRole } from "@madoguchi/core/access/permissions";
import { createAuthToken } from "@madoguchi/db/account/auth-token-repository";
import { type CredentialRecord, findCredentialsByEmail } from "@madoguchi/db/account/credentials-repository";
import { clearLock, countFailedSignIn, lockAccount } from "@madoguchi/db/account/lockout-repository";
import { consumeRecoveryCode } from "@madoguchi/db/account/two-factor-repository";
import type { Db } from "@madoguchi/db/client/create-client";
import { enqueueEmail, type DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import { createAuthSession } from "@madoguchi/db/session/auth-session-repository";
import { accountLink } from "./account-links";
import { auditAccount } from "./account-audit";
import { newActionToken, opaqueKey } from "./action-token";
import { verifyAgainstNothing, verifyPassword } from "./password-hashing";
import { hashRecoveryCode } from "./recovery-codes";
import type { RequestMeta } from "./request-meta";
import { openTotpSecret, verifyTotpCode } from "./totp";

export interface SignInAttempt {
  kind: AccountKind;
  email: string;
  password: string;
  /** The second step: a code from the authenticator app, or one recovery code. */
  totpCode?: string | null;
  recoveryCode?: string | null;
}

export type SignInResult =
  | {
      ok: true;
      subject: AccountSubject;
      sessionId: string;
      sessionVersion: number;
      name: string;
      role: StaffRole | null;
      /** Staff without two-factor yet: the session may only enroll. */
      enrollmentRequired: boolean;
    }
  | { ok: false; error: "invalid" | "second_factor_required" | "second_factor_invalid" }
  | { ok: false; error: "rate_limited"; retryAfterSeconds: number };

type Ctx = RequestMeta & { db: Db; now: Date };

/** The per-IP throttle of sign-in, shared by the attempt and by the route that answers 429. */
export function signInThrottleRule(kind: AccountKind, ip: string | null) {
  return {
    key: rateLimitKey("signInPerIp", `${kind}:${opaqueKey(ip ?? "unknown")}`),
    ...accountRateLimits.signInPerIp,
  };
}

/**
 * One sign-in attempt, email + password and, when the account has two-factor, a code in the same
 * call (the page asks for the code after a `second_factor_required` answer and sends all three
 * again). Every refusal of the first factor answers the same `invalid` after the same work: an
 * unknown address verifies a dummy hash, a locked or frozen account still verifies its password.
 */
export async function signIn(ctx: Ctx, attempt: SignInAttempt): Promise<SignInResult> {
  const throttle = await hitRateLimit(ctx.db, signInThrottleRule(attempt.kind, ctx.ip), ctx.now);
  if (!throttle.allowed) {
    // One entry per window, not one per refused request: a flood must not flood the log.
    if (throttle.count === accountRateLimits.signInPerIp.limit + 1) {
      await auditAccount(ctx.db, ctx, {
        action: "auth.signin.rate_limited",
        object: { kind: attempt.kind, id: null },
      });
    }
    return { ok: false, error: "rate_limited", retryAfterSeconds: throttle.retryAfterSeconds };
  }

  const canonical = canonicalizeEmail(attempt.email);
  const record = canonical.ok ? await findCredentialsByEmail(ctx.db, attempt.kind, canonical.email) : null;
  const passwordMatches = record?.passwordHash
    ? await verifyPassword(record.passwordHash, attempt.password)
    : await verifyAgainstNothing(attempt.password);
  const first = decideFirstFactor({
    account: record
      ? {
          frozen: record.frozen,
          active: record.active,
          hasPassword: record.passwordHash !== null,
          lockedUntil: record.lockedUntil,
          totpEnabled: record.totpEnabled,
        }
      : null,
    passwordMatches,
    secondFactorMandatory: attempt.kind === "staff",
    now: ctx.now,
  });

  if (first.outcome === "refused") {
    await ctx.db.$transaction(async (tx) => {
      if (record && first.countsAsFailure) await countFailure(tx, ctx, record);
      await auditAccount(tx, ctx, {
        action: "auth.signin.failed",
        object: { kind: attempt.kind, id: record?.subject.id ?? null },
        data: { reason: first.reason },
      });
    });
    return { ok: false, error: "invalid" };
  }
  // Past this point the password was right and the account usable.
  const account = record;
  if (!account) throw new Error("a first factor passed without an account");

  if (first.outcome === "signed_in") {
    return ctx.db.$transaction((tx) =>
      startSession(tx, ctx, account, { enrollmentRequired: first.enrollmentRequired, secondFactor: "none" }),
    );
  }

  const totpCode = attempt.totpCode?.normalize("NFKC").replace(/\s/g, "") || null;
  const recoveryCode = attempt.recoveryCode?.trim() || null;
  if (!totpCode && !recoveryCode) return { ok: false, error: "second_factor_required" };

  return ctx.db.$transaction(async (tx) => {
    const valid = await checkSecondFactor(tx, ctx, account, { totpCode, recoveryCode });
    const second = decideSecondFactor(valid);
    if (second.outcome === "second_factor_invalid") {
      await countFailure(tx, ctx, account);
      await auditAccount(tx, ctx, {
        action: "auth.signin.failed",
        object: account.subject,
        data: { reason: "second_factor_invalid", method: totpCode ? "totp" : "recovery_code" },
      });
      return { ok: false, error: "second_factor_invalid" } as const;
    }
    return startSession(tx, ctx, account, {
      enrollmentRequired: false,
      secondFactor: totpCode ? "totp" : "recovery_code",
    });
  });
}

async function checkSecondFactor(
  tx: DbOrTx,
  ctx: Ctx,
  account: CredentialRecord,
  input: { totpCode: string | null; recoveryCode: string | null },
): Promise<boolean> {
  if (input.totpCode) {
    const secret = account.totpSecret ? openTotpSecret(account.subject, account.totpSecret) : null;
    return (
      secret !== null &&
      (await verifyTotpCode(tx, account.subject, { secret, code: input.totpCode, now: ctx.now }))
    );
  }
  const codeHash = input.recoveryCode ? hashRecoveryCode(input.recoveryCode) : null;
  if (!codeHash) return false;
  const used = await consumeRecoveryCode(tx, account.subject, { codeHash, now: ctx.now });
  if (used) {
    await auditAccount(tx, ctx, { action: "auth.two_factor.recovery_code_used", object: account.subject });
  }
  return used;
}

/** A wrong password or code: count it, and lock (with an email to the owner) at the threshold. */
async function countFailure(tx: DbOrTx, ctx: Ctx, account: CredentialRecord): Promise<void> {
  const failures = await countFailedSignIn(tx, account.subject, ctx.now);
  if (!shouldLock(failures)) return;
  const until = lockedUntilFrom(ctx.now);
  if (!(await lockAccount(tx, account.subject, { until, now: ctx.now }))) return;
  const { token, tokenHash } = newActionToken();
  await createAuthToken(tx, {
    purpose: "unlock_account",
    tokenHash,
    subject: account.subject,
    expiresAt: tokenExpiry("unlock_account", ctx.now),
  });
  await enqueueEmail(tx, {
    to: account.email,
    locale: account.locale,
    template: "account_locked",
    data: {
      name: account.name,
      unlockUrl: accountLink(
        account.subject.kind === "customer" ? "unlockCustomer" : "unlockStaff",
        token,
        account.locale,
      ),
      lockedMinutes,
    },
  });
  await auditAccount(tx, ctx, {
    action: "auth.account.locked",
    object: account.subject,
    data: { failures, until: until.toISOString() },
  });
}

async function startSession(
  tx: DbOrTx,
  ctx: Ctx,
  account: CredentialRecord,
  input: { enrollmentRequired: boolean; secondFactor: "none" | "totp" | "recovery_code" },
): Promise<SignInResult> {
  await clearLock(tx, account.subject, ctx.now);
  const session = await createAuthSession(tx, {
    subject: account.subject,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    place: approximatePlace(ctx.ip),
    now: ctx.now,
    expiresAt: sessionExpiry(account.subject.kind, ctx.now),
  });
  await auditAccount(tx, ctx, {
    action: "auth.signin.succeeded",
    object: account.subject,
    actor: account.subject,
    data: {
      sessionId: session.id,
      secondFactor: input.secondFactor,
      enrollmentRequired: input.enrollmentRequired,
    },
  });
  return {
    ok: true,
    subject: account.subject,
    sessionId: session.id,
    sessionVersion: account.sessionVersion,
    name: account.name,
    role: account.role,
    enrollmentRequired: input.enrollmentRequired,
  };
}
