import type { DbOrTx } from "../mail/email-outbox-repository";

export interface RateLimitRule {
  /** What is counted, e.g. `signin:ip:203.0.113.9` or `feedback:<client key>:<article>`. */
  key: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Counts one hit in a fixed window stored in PostgreSQL, so the limit holds across every app
 * instance. One statement: concurrent hits cannot both slip under the limit.
 */
export async function hitRateLimit(db: DbOrTx, rule: RateLimitRule, now: Date): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_bucket (key, window_start, count) VALUES (${rule.key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1
    RETURNING count`;
  const count = rows[0]?.count ?? 1;
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000),
  );
  return { allowed: count <= rule.limit, count, retryAfterSeconds };
}

/** Reads a window without counting, e.g. to refuse before doing expensive work. */
export async function peekRateLimit(db: DbOrTx, rule: RateLimitRule, now: Date): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const row = await db.rateLimitBucket.findUnique({
    where: { key_windowStart: { key: rule.key, windowStart } },
    select: { count: true },
  });
  const count = row?.count ?? 0;
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000),
  );
  return { allowed: count < rule.limit, count, retryAfterSeconds };
}

/** Old windows are worthless; a periodic job deletes them. */
export async function pruneRateLimits(db: DbOrTx, before: Date): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: before } } });
  return count;
}
