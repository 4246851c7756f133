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
