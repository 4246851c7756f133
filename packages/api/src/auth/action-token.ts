import { createHash, createHmac, randomBytes } from "node:crypto";
import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import {
  type AccountTokenPurpose,
  tokenExpiry,
  tokenProblemMessageKey,
} from "@madoguchi/core/account/auth-token-rules";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import {
  type ConsumedToken,
  consumeAuthToken,
  createAuthToken,
  peekAuthToken,
} from "@madoguchi/db/account/auth-token-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { authEnv } from "./env";

/**
 * An emailed link's token: 32 random bytes, base64url (43 characters). Only its SHA-256 is
 * stored, so a copy of the database opens no link.
 */
export function newActionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashActionToken(token) };
}

export function hashActionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A keyed hash of an identifier (an IP, an email address) for rate-limit keys: the buckets count
 * per client without the table keeping the addresses themselves.
 */
export function opaqueKey(value: string): string {
  return createHmac("sha256", authEnv().encryptionKey)
    .update(`rate-limit:${value}`)
    .digest("base64url")
    .slice(0, 22);
}

/**
 * Uses an emailed link's token once, inside the caller's transaction; a link that cannot be used
 * (expired, used, unknown) is an INVALID error whose message key says which.
 */
export async function useActionToken(
  tx: DbOrTx,
  input: { purpose: AccountTokenPurpose; token: string; now: Date },
): Promise<ConsumedToken> {
  const result = await consumeAuthToken(tx, {
    purpose: input.purpose,
    tokenHash: hashActionToken(input.token),
    now: input.now,
  });
  if (result.state !== "valid") throw new DomainError("INVALID", tokenProblemMessageKey[result.state]);
  return result.token;
}

/** Creates a link's token in the caller's transaction and returns the token for the email. */
export async function issueActionToken(
  tx: DbOrTx,
  input: { purpose: AccountTokenPurpose; subject: AccountSubject; email?: string | null; now: Date },
): Promise<string> {
  const { token, tokenHash } = newActionToken();
  await createAuthToken(tx, {
    purpose: input.purpose,
    tokenHash,
    subject: input.subject,
    email: input.email ?? null,
    expiresAt: tokenExpiry(input.purpose, input.now),
  });
  return token;
}

/** The account a link is for, if the link is still usable (it is not used up by looking). */
export async function peekActionToken(
  db: DbOrTx,
  input: { purpose: AccountTokenPurpose; token: string; now: Date },
): Promise<AccountSubject> {
  const result = await peekAuthToken(db, {
    purpose: input.purpose,
    tokenHash: hashActionToken(input.token),
    now: input.now,
  });
  if (result.state !== "valid") throw new DomainError("INVALID", tokenProblemMessageKey[result.state]);
  return result.subject;
}
