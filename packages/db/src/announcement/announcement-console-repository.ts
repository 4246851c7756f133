import type { DbOrTx } from "../mail/email-outbox-repository";

export interface ConsoleAnnouncement {
  id: string;
  slug: string;
  titleJa: string;
  titleEn: string | null;
  bodyJa: string;
  bodyEn: string | null;
  pinned: boolean;
  /** null: a draft; later than now: scheduled. */
  publishedAt: Date | null;
  /** When the status subscribers were emailed about it (never: null). */
  notifiedAt: Date | null;
  notifyRequested: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const select = {
  id: true,
  slug: true,
  titleJa: true,
  titleEn: true,
  bodyJa: true,
  bodyEn: true,
  pinned: true,
  publishedAt: true,
  notifiedAt: true,
  notifyRequested: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** Every announcement, drafts included: unpublished first, then the newest. */
export async function listConsoleAnnouncements(db: DbOrTx, take: number): Promise<ConsoleAnnouncement[]> {
  return db.announcement.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
    take,
    select,
  });
}

export async function findConsoleAnnouncement(db: DbOrTx, id: string): Promise<ConsoleAnnouncement | null> {
  return db.announcement.findUnique({ where: { id }, select });
}

export async function lockAnnouncement(
  tx: DbOrTx,
  id: string,
): Promise<{ id: string; slug: string; publishedAt: Date | null; notifiedAt: Date | null } | null> {
  const rows = await tx.$queryRaw<
    { id: string; slug: string; published_at: Date | null; notified_at: Date | null }[]
  >`
    SELECT id::text AS id, slug, published_at, notified_at FROM announcement
    WHERE id = ${id}::uuid FOR UPDATE`;
  const row = rows[0];
  return row
    ? { id: row.id, slug: row.slug, publishedAt: row.published_at, notifiedAt: row.notified_at }
    : null;
}

export async function isAnnouncementSlugTaken(db: DbOrTx, slug: string, exceptId?: string): Promise<boolean> {
  const row = await db.announcement.findUnique({ where: { slug }, select: { id: true } });
  return row !== null && row.id !== exceptId;
}

export interface AnnouncementFields {
  slug: string;
  titleJa: string;
  titleEn: string | null;
  bodyJa: string;
  bodyEn: string | null;
  pinned: boolean;
}

export async function createAnnouncement(
  tx: DbOrTx,
  fields: AnnouncementFields & { now: Date },
): Promise<{ id: string }> {
  const { now, ...data } = fields;
  return tx.announcement.create({ data: { ...data, createdAt: now }, select: { id: true } });
}

export async function updateAnnouncement(
  tx: DbOrTx,
  id: string,
  changes: Partial<AnnouncementFields> & { publishedAt?: Date | null; notifyRequested?: boolean },
): Promise<void> {
  await tx.announcement.update({ where: { id }, data: changes, select: { id: true } });
}

/**
 * Marks the announcement as emailed to the subscribers, once: false when it was already (a
 * second publish, or two at once), so nobody gets the same announcement twice.
 */
export async function claimAnnouncementNotice(tx: DbOrTx, id: string, now: Date): Promise<boolean> {
  const { count } = await tx.announcement.updateMany({
    where: { id, notifiedAt: null },
    data: { notifiedAt: now, notifyRequested: false },
  });
  return count === 1;
}

/**
 * Scheduled announcements whose subscribers asked to be emailed and whose time has come, locked
 * for this transaction (SKIP LOCKED: two app instances split them, never both take one).
 */
export async function claimDueAnnouncementNotices(tx: DbOrTx, now: Date, take: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM announcement
    WHERE notify_requested AND notified_at IS NULL AND published_at <= ${now}
    ORDER BY published_at, id
    LIMIT ${take}
    FOR UPDATE SKIP LOCKED`;
  return rows.map((row) => row.id);
}
