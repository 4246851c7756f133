import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import type { DbOrTx } from "../mail/email-outbox-repository";

function owner(subject: AccountSubject): { customerId: string } | { staffId: string } {
  return subject.kind === "customer" ? { customerId: subject.id } : { staffId: subject.id };
}

/** Turns two-factor on with a sealed secret and a fresh set of hashed recovery codes. */
export async function enableTwoFactor(
  db: DbOrTx,
  subject: AccountSubject,
  input: { sealedSecret: string; recoveryCodeHashes: readonly string[]; now: Date },
): Promise<void> {
  const data = { totpSecret: input.sealedSecret, totpEnabledAt: input.now };
  if (subject.kind === "customer") {
    await db.customer.update({ where: { id: subject.id }, data, select: { id: true } });
  } else {
    await db.staff.update({ where: { id: subject.id }, data, select: { id: true } });
  }
  await replaceRecoveryCodes(db, subject, input.recoveryCodeHashes);
}

/** Turns two-factor off: the secret and every recovery code go. */
export async function disableTwoFactor(db: DbOrTx, subject: AccountSubject): Promise<void> {
  const data = { totpSecret: null, totpEnabledAt: null };
  if (subject.kind === "customer") {
    await db.customer.update({ where: { id: subject.id }, data, select: { id: true } });
  } else {
    await db.staff.update({ where: { id: subject.id }, data, select: { id: true } });
  }
  await db.recoveryCode.deleteMany({ where: owner(subject) });
}

export async function replaceRecoveryCodes(
  db: DbOrTx,
  subject: AccountSubject,
  codeHashes: readonly string[],
): Promise<void> {
  await db.recoveryCode.deleteMany({ where: owner(subject) });
  await db.recoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ ...owner(subject), codeHash })) });
}

/** Uses a recovery code once; false if it is not one of the subject's unused codes. */
export async function consumeRecoveryCode(
  db: DbOrTx,
  subject: AccountSubject,
  input: { codeHash: string; now: Date },
): Promise<boolean> {
  const { count } = await db.recoveryCode.updateMany({
    where: { ...owner(subject), codeHash: input.codeHash, usedAt: null },
    data: { usedAt: input.now },
  });
  return count === 1;
}

export async function countUnusedRecoveryCodes(db: DbOrTx, subject: AccountSubject): Promise<number> {
  return db.recoveryCode.count({ where: { ...owner(subject), usedAt: null } });
}

/**
 * Records that a TOTP step was used by this subject; false if it already was (a replayed code).
 * The marker is a rate-limit bucket keyed by the step, whose window start is the step's own
 * start: the bucket table already has the unique key and the pruning job this needs.
 */
export async function claimTotpStep(
  db: DbOrTx,
  subject: AccountSubject,
  input: { stepStart: Date },
): Promise<boolean> {
  const key = `totp-step:${subject.kind}:${subject.id}`;
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_bucket (key, window_start, count) VALUES (${key}, ${input.stepStart}, 1)
    ON CONFLICT (key, window_start) DO NOTHING
    RETURNING count`;
  return rows.length === 1;
}
