import type { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";

export type IdempotencyClaim = { claimed: true; key: string } | { claimed: false; result: Prisma.JsonValue };

/**
 * Claims a form instance's key inside the caller's transaction. A concurrent second request
 * with the same key waits on the unique index until the first transaction ends: if it
 * committed, the second gets its stored result; if it rolled back, the second claims the key.
 */
export async function claimIdempotencyKey(
  tx: DbOrTx,
  input: { scope: string; clientKey: string; customerId: string | null; now: Date; ttlMs: number },
): Promise<IdempotencyClaim> {
  const key = `${input.scope}:${input.customerId ?? "anonymous"}:${input.clientKey}`;
  const expiresAt = new Date(input.now.getTime() + input.ttlMs);
  const inserted = await tx.$queryRaw<{ key: string }[]>`
    INSERT INTO idempotency_key (key, scope, customer_id, created_at, expires_at)
    VALUES (${key}, ${input.scope}, ${input.customerId}::uuid, ${input.now}, ${expiresAt})
    ON CONFLICT (key) DO NOTHING
    RETURNING key`;
  if (inserted.length > 0) return { claimed: true, key };
  const existing = await tx.idempotencyKey.findUnique({ where: { key }, select: { result: true } });
  return { claimed: false, result: existing?.result ?? null };
}

export async function completeIdempotencyKey(
  tx: DbOrTx,
  key: string,
  result: Prisma.InputJsonValue,
): Promise<void> {
  await tx.idempotencyKey.update({ where: { key }, data: { result }, select: { key: true } });
}

export async function pruneIdempotencyKeys(db: DbOrTx, now: Date): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
