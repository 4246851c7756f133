/**
 * ID lock (IDのロック): after `maxFailures` wrong passwords or codes in a row the account refuses
 * every sign-in for `lockMs`, and its owner gets an email with an unlock link. The lock is per
 * account; guessing across many accounts from one address is throttled per IP instead.
 */
export const lockoutPolicy = { maxFailures: 5, lockMs: 30 * 60_000 } as const;

/** What a sign-in attempt knows of the account before it decides (nothing secret). */
export interface SignInAccountState {
  frozen: boolean;
  /** Staff can be deactivated; customers are always active. */
  active: boolean;
  hasPassword: boolean;
  lockedUntil: Date | null;
  totpEnabled: boolean;
}

export type SignInRefusal =
  "unknown_account" | "frozen" | "inactive" | "locked" | "no_password" | "bad_password";

export type FirstFactorDecision =
  | { outcome: "refused"; reason: SignInRefusal; countsAsFailure: boolean }
  | { outcome: "second_factor_required" }
  | { outcome: "signed_in"; enrollmentRequired: boolean };

export type SecondFactorDecision =
  | { outcome: "signed_in"; enrollmentRequired: false }
  | { outcome: "second_factor_invalid"; countsAsFailure: true };

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/**
 * The first factor. Every refusal looks the same to the caller (the use case answers one
 * "invalid" for all of them and hashes a dummy password for an unknown account); `reason` is for
 * the audit log only. A locked or frozen account is refused even with the right password.
 */
export function decideFirstFactor(input: {
  account: SignInAccountState | null;
  passwordMatches: boolean;
  /** Staff must use two-factor; a staff member without it may only enroll. */
  secondFactorMandatory: boolean;
  now: Date;
}): FirstFactorDecision {
  const { account, passwordMatches, now } = input;
  const refuse = (reason: SignInRefusal, countsAsFailure = false): FirstFactorDecision => ({
    outcome: "refused",
    reason,
    countsAsFailure,
  });
  if (!account) return refuse("unknown_account");
  if (account.frozen) return refuse("frozen");
  if (!account.active) return refuse("inactive");
  if (isLocked(account.lockedUntil, now)) return refuse("locked");
  if (!account.hasPassword) return refuse("no_password");
  if (!passwordMatches) return refuse("bad_password", true);
  if (account.totpEnabled) return { outcome: "second_factor_required" };
  return { outcome: "signed_in", enrollmentRequired: input.secondFactorMandatory };
}

/** The second factor, asked only once the first one passed. A wrong code counts toward the lock. */
export function decideSecondFactor(codeValid: boolean): SecondFactorDecision {
  return codeValid
    ? { outcome: "signed_in", enrollmentRequired: false }
    : { outcome: "second_factor_invalid", countsAsFailure: true };
}

/** Whether the failure count just reached the lock threshold. */
export function shouldLock(failedSignIns: number): boolean {
  return failedSignIns >= lockoutPolicy.maxFailures;
}

export function lockedUntilFrom(now: Date): Date {
  return new Date(now.getTime() + lockoutPolicy.lockMs);
}

export const lockedMinutes = lockoutPolicy.lockMs / 60_000;
