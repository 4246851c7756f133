const HOUR = 60 * 60_000;

export type SessionAudience = "customer" | "staff";

/**
 * Absolute lifetimes of a signed-in device. Staff sessions last a working day: the console
 * reveals customers' data, so a forgotten browser should not stay signed in for long.
 */
export const sessionLifetimeMs: Readonly<Record<SessionAudience, number>> = {
  customer: 14 * 24 * HOUR,
  staff: 12 * HOUR,
};

/** `lastSeenAt` is written at most this often: a timestamp per request would be a write per request. */
export const lastSeenIntervalMs = 60_000;

export function sessionExpiry(audience: SessionAudience, now: Date): Date {
  return new Date(now.getTime() + sessionLifetimeMs[audience]);
}

/** What the session row and its subject say; the token carries the version it was issued with. */
export interface SessionFacts {
  revokedAt: Date | null;
  expiresAt: Date;
  subjectVersion: number;
  subjectActive: boolean;
  subjectFrozen: boolean;
}

export type SessionCheck = "live" | "missing" | "revoked" | "expired" | "version" | "inactive" | "frozen";

/** Every request's check of its session row: any answer but `live` means "not signed in". */
export function checkSession(facts: SessionFacts | null, tokenVersion: number, now: Date): SessionCheck {
  if (!facts) return "missing";
  if (facts.revokedAt) return "revoked";
  if (facts.expiresAt.getTime() <= now.getTime()) return "expired";
  if (facts.subjectVersion !== tokenVersion) return "version";
  if (!facts.subjectActive) return "inactive";
  if (facts.subjectFrozen) return "frozen";
  return "live";
}

export function lastSeenDue(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= lastSeenIntervalMs;
}
