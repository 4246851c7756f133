import type { OutgoingEmail } from "@madoguchi/core/mail/email-message";
import type { Prisma } from "../generated/prisma/client";
import type { Db } from "../client/create-client";

/** A client or an interactive transaction: enqueue inside the transaction of the change. */
export type DbOrTx = Db | Prisma.TransactionClient;

/**
 * Puts an email in the outbox. Call it with the transaction that makes the change the email
 * tells of: both commit, or neither does. The mail worker sends and retries.
 */
export async function enqueueEmail(db: DbOrTx, email: OutgoingEmail): Promise<{ id: string }> {
  return db.emailOutbox.create({
    data: { to: email.to, template: email.template, locale: email.locale, data: email.data },
    select: { id: true },
  });
}

/** An email taken from the outbox by one worker, leased to it until `lockMs` has passed. */
export interface ClaimedEmail {
  id: string;
  to: string;
  template: string;
  locale: string;
  /** As stored; the worker validates it against the template before rendering. */
  data: unknown;
  /** Attempts so far, this one included. */
  attempts: number;
}

/**
 * Retries back off: the delay after the n-th failed attempt is `delaysMs[n - 1]` (the last one
 * repeats); after `maxAttempts` the email is given up as `failed` and stays in the table.
 */
export interface EmailRetryPolicy {
  maxAttempts: number;
  delaysMs: readonly number[];
}

const minute = 60_000;
const hour = 60 * minute;
export const emailRetryPolicy: EmailRetryPolicy = {
  maxAttempts: 8,
  delaysMs: [1 * minute, 5 * minute, 30 * minute, 2 * hour, 6 * hour, 12 * hour, 24 * hour],
};

const maxErrorLength = 500;

/**
 * Leases up to `batchSize` due emails to the caller in one statement. SKIP LOCKED lets several
 * app instances claim at once without ever taking the same row; the lease (`locked_until`)
 * returns an email to the pool if its worker dies mid-send. Counting the attempt here, not after
 * the send, means a crash also counts, so an email that kills its worker cannot loop forever.
 */
export async function claimDueEmails(
  db: DbOrTx,
  options: { now: Date; batchSize: number; lockMs: number },
): Promise<ClaimedEmail[]> {
  const lockedUntil = new Date(options.now.getTime() + options.lockMs);
  return db.$queryRaw<ClaimedEmail[]>`
    UPDATE email_outbox SET locked_until = ${lockedUntil}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM email_outbox
      WHERE status = 'pending' AND next_attempt_at <= ${options.now}
        AND (locked_until IS NULL OR locked_until <= ${options.now})
      ORDER BY next_attempt_at
      LIMIT ${options.batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "to", template, locale::text AS locale, data, attempts`;
}

/** Returns false when the email was no longer pending (already marked by another worker). */
export async function markEmailSent(db: DbOrTx, id: string, options: { now: Date }): Promise<boolean> {
  const { count } = await db.emailOutbox.updateMany({
    where: { id, status: "pending" },
    data: { status: "sent", sentAt: options.now, lockedUntil: null, lastError: null },
  });
  return count === 1;
}

export interface EmailFailure {
  /** Why the attempt failed: an SMTP reply or an exception message, never the email's content. */
  error: string;
  now: Date;
  /** Retrying cannot help (unknown template, invalid data): give up at once. */
  permanent?: boolean;
  policy?: EmailRetryPolicy;
}

/**
 * Records a failed attempt: back to `pending` with the next attempt pushed out by the policy,
 * or `failed` once the attempts are used up. One statement, reading `attempts` from the row.
 */
export async function markEmailFailed(
  db: DbOrTx,
  id: string,
  failure: EmailFailure,
): Promise<{ status: "pending" | "failed"; attempts: number; nextAttemptAt: Date } | null> {
  const policy = failure.policy ?? emailRetryPolicy;
  const delays = policy.delaysMs.length > 0 ? [...policy.delaysMs] : [minute];
  const error = truncateError(failure.error);
  const giveUp = failure.permanent === true;
  const rows = await db.$queryRaw<{ status: "pending" | "failed"; attempts: number; nextAttemptAt: Date }[]>`
    UPDATE email_outbox SET
      status = CASE WHEN ${giveUp} OR attempts >= ${policy.maxAttempts}
        THEN 'failed'::"EmailStatus" ELSE 'pending'::"EmailStatus" END,
      next_attempt_at = ${failure.now}::timestamptz
        + (${delays}::bigint[])[LEAST(GREATEST(attempts, 1), ${delays.length}::int)] * interval '1 millisecond',
      locked_until = NULL,
      last_error = ${error}
    WHERE id = ${id}::uuid AND status = 'pending'
    RETURNING status::text AS status, attempts, next_attempt_at AS "nextAttemptAt"`;
  return rows[0] ?? null;
}

function truncateError(error: string): string {
  const oneLine = error.replace(/\s+/g, " ").trim() || "unknown error";
  return oneLine.length > maxErrorLength ? `${oneLine.slice(0, maxErrorLength - 1)}…` : oneLine;
}
