const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The single-use email links of the account flows (AuthToken.purpose). */
export const accountTokenPurposes = [
  "verify_email",
  "reset_password",
  "unlock_account",
  "freeze_account",
  "change_email",
  "staff_invite",
] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

/**
 * How long each link works. A reset link is short (it can take over an account); an invitation
 * or a verification waits for someone to open their mail.
 */
export const tokenLifetimeMs: Readonly<Record<AccountTokenPurpose, number>> = {
  verify_email: 24 * HOUR,
  reset_password: 30 * MINUTE,
  unlock_account: 24 * HOUR,
  freeze_account: 30 * MINUTE,
  change_email: 24 * HOUR,
  staff_invite: 72 * HOUR,
};

export function tokenExpiry(purpose: AccountTokenPurpose, now: Date): Date {
  return new Date(now.getTime() + tokenLifetimeMs[purpose]);
}

export type TokenState = "valid" | "expired" | "used" | "unknown";

export function tokenState(token: { expiresAt: Date; usedAt: Date | null } | null, now: Date): TokenState {
  if (!token) return "unknown";
  if (token.usedAt) return "used";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** A link that cannot be used, as the message the page shows. */
export const tokenProblemMessageKey: Readonly<Record<Exclude<TokenState, "valid">, string>> = {
  expired: "account.link.expired",
  used: "account.link.used",
  unknown: "account.link.invalid",
};
