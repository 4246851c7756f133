import type { DbOrTx } from "../mail/email-outbox-repository";

/**
 * One-time codes that prove a typed address without an account behind it (AuthToken rows of
 * purpose `inquiry_code`, with no customer). Only a keyed hash of address + code is stored.
 */
export async function replaceInquiryCode(
  db: DbOrTx,
  input: { email: string; codeHash: string; scope: string; expiresAt: Date; now: Date },
): Promise<void> {
  // Only the newest code of an address works: asking again retires the previous ones.
  await db.authToken.deleteMany({
    where: { purpose: "inquiry_code", email: input.email, data: { path: ["scope"], equals: input.scope } },
  });
  await db.authToken.createMany({
    data: [
      {
        purpose: "inquiry_code",
        tokenHash: input.codeHash,
        email: input.email,
        data: { scope: input.scope },
        expiresAt: input.expiresAt,
        createdAt: input.now,
      },
    ],
    skipDuplicates: true,
  });
}

/**
 * Uses a code once: the conditional update lets exactly one of two concurrent submissions
 * through. False for a wrong, expired or used code alike.
 */
export async function consumeInquiryCode(
  db: DbOrTx,
  input: { email: string; codeHash: string; now: Date },
): Promise<boolean> {
  const { count } = await db.authToken.updateMany({
    where: {
      purpose: "inquiry_code",
      tokenHash: input.codeHash,
      email: input.email,
      usedAt: null,
      expiresAt: { gt: input.now },
    },
    data: { usedAt: input.now },
  });
  return count === 1;
}
