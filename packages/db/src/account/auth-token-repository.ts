import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import { type AccountTokenPurpose, tokenState } from "@madoguchi/core/account/auth-token-rules";
import type { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface NewAuthToken {
  purpose: AccountTokenPurpose;
  /** SHA-256 of the token; the token itself exists only in the email. */
  tokenHash: string;
  subject: AccountSubject;
  /** Where the link was sent, when that is not the account's own address (email change). */
  email?: string | null;
  data?: Prisma.InputJsonObject;
  expiresAt: Date;
}

function subjectColumns(subject: AccountSubject): { customerId: string } | { staffId: string } {
  return subject.kind === "customer" ? { customerId: subject.id } : { staffId: subject.id };
}

export async function createAuthToken(db: DbOrTx, token: NewAuthToken): Promise<{ id: string }> {
  return db.authToken.create({
    data: {
      purpose: token.purpose,
      tokenHash: token.tokenHash,
      ...subjectColumns(token.subject),
      email: token.email ?? null,
      data: token.data ?? {},
      expiresAt: token.expiresAt,
    },
    select: { id: true },
  });
}

export interface ConsumedToken {
  id: string;
  subject: AccountSubject;
  email: string | null;
  data: unknown;
}

export type ConsumeResult =
  { state: "valid"; token: ConsumedToken } | { state: "expired" | "used" | "unknown" };

/**
 * Uses a token once: the conditional update lets exactly one of two concurrent clicks through.
 * A refused token says why (expired, used, unknown) so the page can say what to do next.
 */
export async function consumeAuthToken(
  db: DbOrTx,
  input: { purpose: AccountTokenPurpose; tokenHash: string; now: Date },
): Promise<ConsumeResult> {
  const { count } = await db.authToken.updateMany({
    where: { tokenHash: input.tokenHash, purpose: input.purpose, usedAt: null, expiresAt: { gt: input.now } },
    data: { usedAt: input.now },
  });
  const row = await db.authToken.findFirst({
    where: { tokenHash: input.tokenHash, purpose: input.purpose },
    select: {
      id: true,
      customerId: true,
      staffId: true,
      email: true,
      data: true,
      expiresAt: true,
      usedAt: true,
    },
  });
  if (count === 1 && row) {
    const subject: AccountSubject | null = row.customerId
      ? { kind: "customer", id: row.customerId }
      : row.staffId
        ? { kind: "staff", id: row.staffId }
        : null;
    if (subject) return { state: "valid", token: { id: row.id, subject, email: row.email, data: row.data } };
  }
  const state = tokenState(row, input.now);
  return { state: state === "valid" ? "unknown" : state };
}

/** Retires every outstanding token of a purpose, e.g. older reset links once one was used. */
export async function retireAuthTokens(
  db: DbOrTx,
  input: { subject: AccountSubject; purpose: AccountTokenPurpose; now: Date },
): Promise<number> {
  const { count } = await db.authToken.updateMany({
    where: { ...subjectColumns(input.subject), purpose: input.purpose, usedAt: null },
    data: { usedAt: input.now },
  });
  return count;
}

/** Reads a token without using it, e.g. to refuse a dead link before any expensive work. */
export async function peekAuthToken(
  db: DbOrTx,
  input: { purpose: AccountTokenPurpose; tokenHash: string; now: Date },
): Promise<{ state: "valid"; subject: AccountSubject } | { state: "expired" | "used" | "unknown" }> {
  const row = await db.authToken.findFirst({
    where: { tokenHash: input.tokenHash, purpose: input.purpose },
    select: { customerId: true, staffId: true, expiresAt: true, usedAt: true },
  });
  const state = tokenState(row, input.now);
  if (state !== "valid" || !row) return { state: state === "valid" ? "unknown" : state };
  if (row.customerId) return { state, subject: { kind: "customer", id: row.customerId } };
  if (row.staffId) return { state, subject: { kind: "staff", id: row.staffId } };
  return { state: "unknown" };
}
