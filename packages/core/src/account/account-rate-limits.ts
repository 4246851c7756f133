const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface RateLimitPolicy {
  limit: number;
  windowMs: number;
}

/**
 * Throttles of the account flows, as data. Per-IP limits stop one source from guessing across
 * many accounts or flooding mailboxes; per-address limits keep a victim's inbox quiet (beyond
 * them a request still answers the same, it only sends nothing).
 */
export const accountRateLimits = {
  signInPerIp: { limit: 20, windowMs: 15 * MINUTE },
  signUpPerIp: { limit: 10, windowMs: HOUR },
  emailLinkPerIp: { limit: 10, windowMs: 15 * MINUTE },
  emailLinkPerAddress: { limit: 3, windowMs: HOUR },
  reauthPerAccount: { limit: 5, windowMs: 15 * MINUTE },
} as const satisfies Record<string, RateLimitPolicy>;

export type AccountRateLimit = keyof typeof accountRateLimits;

/** The bucket key of a limit: `<limit>:<subject>` (an IP, an address, an account id). */
export function rateLimitKey(limit: AccountRateLimit, subject: string): string {
  return `account:${limit}:${subject}`;
}
