import type { Locale } from "@madoguchi/core/locale/locale";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface AnnouncementView {
  slug: string;
  title: string;
  body: string;
  /** The locale of `title` and `body`: Japanese when the English text is missing. */
  locale: Locale;
  pinned: boolean;
  publishedAt: Date;
  updatedAt: Date;
}

const select = {
  slug: true,
  titleJa: true,
  titleEn: true,
  bodyJa: true,
  bodyEn: true,
  pinned: true,
  publishedAt: true,
  updatedAt: true,
} as const;

type Row = {
  slug: string;
  titleJa: string;
  titleEn: string | null;
  bodyJa: string;
  bodyEn: string | null;
  pinned: boolean;
  publishedAt: Date | null;
  updatedAt: Date;
};

function toView(row: Row, locale: Locale, now: Date): AnnouncementView {
  const english = locale === "en" && row.titleEn !== null && row.bodyEn !== null;
  return {
    slug: row.slug,
    title: english && row.titleEn ? row.titleEn : row.titleJa,
    body: english && row.bodyEn ? row.bodyEn : row.bodyJa,
    locale: english ? "en" : "ja",
    pinned: row.pinned,
    publishedAt: row.publishedAt ?? now,
    updatedAt: row.updatedAt,
  };
}

/** Published announcements, pinned first, newest first. */
export async function listAnnouncements(
  db: DbOrTx,
  locale: Locale,
  now: Date,
  take: number,
): Promise<AnnouncementView[]> {
  const rows = await db.announcement.findMany({
    where: { publishedAt: { lte: now } },
    orderBy: [{ pinned: "desc" }, { publishedAt: "desc" }, { slug: "asc" }],
    take,
    select,
  });
  return rows.map((row) => toView(row, locale, now));
}

export async function findAnnouncement(
  db: DbOrTx,
  slug: string,
  locale: Locale,
  now: Date,
): Promise<AnnouncementView | null> {
  const row = await db.announcement.findFirst({ where: { slug, publishedAt: { lte: now } }, select });
  return row ? toView(row, locale, now) : null;
}
