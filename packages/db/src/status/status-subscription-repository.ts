import type { Locale } from "@madoguchi/core/locale/locale";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface StatusSubscriber {
  id: string;
  email: string;
  locale: Locale;
  confirmedAt: Date | null;
}

const subscriberSelect = { id: true, email: true, locale: true, confirmedAt: true } as const;

export async function findStatusSubscriber(db: DbOrTx, email: string): Promise<StatusSubscriber | null> {
  return db.statusSubscription.findUnique({ where: { email }, select: subscriberSelect });
}

/** Creates the subscriber, or returns the one that already has this address (a concurrent request). */
export async function upsertStatusSubscriber(
  db: DbOrTx,
  input: { id: string; email: string; locale: Locale; unsubscribeTokenHash: string; now: Date },
): Promise<StatusSubscriber> {
  return db.statusSubscription.upsert({
    where: { email: input.email },
    update: {},
    create: {
      id: input.id,
      email: input.email,
      locale: input.locale,
      unsubscribeTokenHash: input.unsubscribeTokenHash,
      createdAt: input.now,
    },
    select: subscriberSelect,
  });
}

export async function setStatusSubscriberLocale(db: DbOrTx, id: string, locale: Locale): Promise<void> {
  await db.statusSubscription.update({ where: { id }, data: { locale }, select: { id: true } });
}

/** Stores the hash of a confirmation token; the token itself goes out in the email only. */
export async function createStatusConfirmToken(
  db: DbOrTx,
  input: { tokenHash: string; email: string; subscriptionId: string; expiresAt: Date; now: Date },
): Promise<void> {
  await db.authToken.create({
    data: {
      purpose: "status_subscription",
      tokenHash: input.tokenHash,
      email: input.email,
      data: { subscriptionId: input.subscriptionId },
      expiresAt: input.expiresAt,
      createdAt: input.now,
    },
    select: { id: true },
  });
}

/**
 * Uses a confirmation token once: the conditional update is the check, so two clicks racing
 * cannot both succeed. Returns the subscription it confirms, or null for an unknown, used or
 * expired token.
 */
export async function consumeStatusConfirmToken(
  db: DbOrTx,
  tokenHash: string,
  now: Date,
): Promise<{ subscriptionId: string } | null> {
  const used = await db.authToken.updateMany({
    where: { tokenHash, purpose: "status_subscription", usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (used.count !== 1) return null;
  const token = await db.authToken.findUnique({ where: { tokenHash }, select: { data: true } });
  const data = token?.data;
  if (data && typeof data === "object" && !Array.isArray(data) && typeof data.subscriptionId === "string") {
    return { subscriptionId: data.subscriptionId };
  }
  return null;
}

export async function confirmStatusSubscriber(
  db: DbOrTx,
  id: string,
  now: Date,
): Promise<StatusSubscriber | null> {
  const updated = await db.statusSubscription.updateMany({
    where: { id, confirmedAt: null },
    data: { confirmedAt: now },
  });
  const row = await db.statusSubscription.findUnique({ where: { id }, select: subscriberSelect });
  return updated.count === 1 || row?.confirmedAt ? row : null;
}

/** One-click unsubscribe: deletes the row the token belongs to (nothing is kept about it). */
export async function deleteStatusSubscriberByTokenHash(
  db: DbOrTx,
  unsubscribeTokenHash: string,
): Promise<{ locale: Locale } | null> {
  const row = await db.statusSubscription.findUnique({
    where: { unsubscribeTokenHash },
    select: { id: true, locale: true },
  });
  if (!row) return null;
  const deleted = await db.statusSubscription.deleteMany({ where: { id: row.id } });
  return deleted.count === 1 ? { locale: row.locale } : null;
}

export async function findStatusSubscriberByTokenHash(
  db: DbOrTx,
  unsubscribeTokenHash: string,
): Promise<StatusSubscriber | null> {
  return db.statusSubscription.findUnique({ where: { unsubscribeTokenHash }, select: subscriberSelect });
}

/** Confirmed subscribers in pages of `take`, ordered by id, for the incident-update mailing. */
export async function listConfirmedStatusSubscribers(
  db: DbOrTx,
  input: { after: string | null; take: number },
): Promise<StatusSubscriber[]> {
  return db.statusSubscription.findMany({
    where: { confirmedAt: { not: null }, ...(input.after ? { id: { gt: input.after } } : {}) },
    orderBy: { id: "asc" },
    take: input.take,
    select: subscriberSelect,
  });
}
