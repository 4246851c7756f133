import type { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";

/**
 * A form sent without JavaScript that the server refused (a format, a secret) comes back with
 * what was typed: the draft is kept briefly under the form instance's key, for the same
 * customer (or, filed without signing in, for whoever holds the random key), then pruned with
 * the idempotency keys.
 */
const DRAFT_SCOPE = "inquiry_draft";

function draftKey(input: { customerId: string | null; formKey: string }): string {
  return `${DRAFT_SCOPE}:${input.customerId ?? "anonymous"}:${input.formKey}`;
}

export async function saveInquiryDraft(
  db: DbOrTx,
  input: {
    customerId: string | null;
    formKey: string;
    draft: Prisma.InputJsonObject;
    now: Date;
    ttlMs: number;
  },
): Promise<void> {
  const key = draftKey(input);
  const expiresAt = new Date(input.now.getTime() + input.ttlMs);
  await db.idempotencyKey.upsert({
    where: { key },
    create: {
      key,
      scope: DRAFT_SCOPE,
      customerId: input.customerId,
      result: input.draft,
      createdAt: input.now,
      expiresAt,
    },
    update: { result: input.draft, expiresAt },
    select: { key: true },
  });
}

export async function findInquiryDraft(
  db: DbOrTx,
  input: { customerId: string | null; formKey: string; now: Date },
): Promise<Prisma.JsonValue | null> {
  const row = await db.idempotencyKey.findFirst({
    where: { key: draftKey(input), expiresAt: { gt: input.now } },
    select: { result: true },
  });
  return row?.result ?? null;
}

export async function deleteInquiryDraft(
  db: DbOrTx,
  input: { customerId: string | null; formKey: string },
): Promise<void> {
  await db.idempotencyKey.deleteMany({ where: { key: draftKey(input) } });
}

/**
 * The stored result of a completed submission (the receipt page reads it), by the same key that
 * `claimIdempotencyKey` built for the same scope, actor and form instance.
 */
export async function findSubmissionResult(
  db: DbOrTx,
  input: { scope: string; customerId: string | null; formKey: string; now: Date },
): Promise<Prisma.JsonValue | null> {
  const key = `${input.scope}:${input.customerId ?? "anonymous"}:${input.formKey}`;
  const row = await db.idempotencyKey.findFirst({
    where: { key, expiresAt: { gt: input.now } },
    select: { result: true },
  });
  return row?.result ?? null;
}
