import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import type { DbOrTx } from "../mail/email-outbox-repository";

/**
 * Counts one failed sign-in and returns the new count. A lock that has run out starts the count
 * afresh, so one more mistake after a lock does not lock again at once.
 */
export async function countFailedSignIn(db: DbOrTx, subject: AccountSubject, now: Date): Promise<number> {
  const expired = { id: subject.id, lockedUntil: { lte: now } };
  const reset = { failedSignIns: 0, lockedUntil: null };
  const increment = { failedSignIns: { increment: 1 } };
  if (subject.kind === "customer") {
    await db.customer.updateMany({ where: expired, data: reset });
    const row = await db.customer.update({
      where: { id: subject.id },
      data: increment,
      select: { failedSignIns: true },
    });
    return row.failedSignIns;
  }
  await db.staff.updateMany({ where: expired, data: reset });
  const row = await db.staff.update({
    where: { id: subject.id },
    data: increment,
    select: { failedSignIns: true },
  });
  return row.failedSignIns;
}

/**
 * Locks until `until` unless a lock is already running. True only for the request that set the
 * lock, so concurrent failures send one lock email, not several.
 */
export async function lockAccount(
  db: DbOrTx,
  subject: AccountSubject,
  input: { until: Date; now: Date },
): Promise<boolean> {
  const where = { id: subject.id, OR: [{ lockedUntil: null }, { lockedUntil: { lte: input.now } }] };
  const data = { lockedUntil: input.until };
  const { count } =
    subject.kind === "customer"
      ? await db.customer.updateMany({ where, data })
      : await db.staff.updateMany({ where, data });
  return count === 1;
}

/** Clears the failure count and any lock; true when a lock was running. */
export async function clearLock(db: DbOrTx, subject: AccountSubject, now: Date): Promise<boolean> {
  const where = { id: subject.id };
  const data = { failedSignIns: 0, lockedUntil: null };
  const select = { lockedUntil: true } as const;
  const before =
    subject.kind === "customer"
      ? await db.customer.findUnique({ where, select })
      : await db.staff.findUnique({ where, select });
  if (subject.kind === "customer") await db.customer.updateMany({ where, data });
  else await db.staff.updateMany({ where, data });
  return before?.lockedUntil != null && before.lockedUntil.getTime() > now.getTime();
}
