import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { bumpSessionVersion, revokeSessions } from "@madoguchi/db/session/auth-session-repository";

/**
 * Ends every session of an account, the asking device included: the rows are revoked (they
 * leave the session list) and the version bump voids any token, row or not.
 */
export async function endAllSessions(tx: DbOrTx, subject: AccountSubject, now: Date): Promise<number> {
  const count = await revokeSessions(tx, subject, { now });
  await bumpSessionVersion(tx, subject);
  return count;
}
