import {
  announcementNotice,
  announcementPublishAt,
  type AnnouncementSaveInput,
  announcementState,
  canChangeAnnouncementSlug,
} from "@madoguchi/core/announcement/announcement-rules";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { Db } from "@madoguchi/db/client/create-client";
import {
  claimAnnouncementNotice,
  claimDueAnnouncementNotices,
  createAnnouncement,
  findConsoleAnnouncement,
  isAnnouncementSlugTaken,
  listConsoleAnnouncements,
  lockAnnouncement,
  updateAnnouncement,
} from "@madoguchi/db/announcement/announcement-console-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { isUniqueViolation } from "@madoguchi/db/knowledge-base/article-console-repository";
import { notifyAnnouncementSubscribers } from "./announcement-notice";
import { auditContent, type ContentCtx, staffActor } from "./content-context";
import { revalidatePortal } from "./revalidate-portal";

export async function listAnnouncementsForConsole(ctx: ContentCtx) {
  const now = ctx.now();
  const rows = await listConsoleAnnouncements(ctx.db, 200);
  return rows.map((row) => ({ ...row, state: announcementState(row.publishedAt, now) }));
}

export async function getAnnouncementForConsole(ctx: ContentCtx, id: string) {
  const row = await findConsoleAnnouncement(ctx.db, id);
  if (!row) throw new DomainError("NOT_FOUND", "announcement.notFound");
  return { ...row, state: announcementState(row.publishedAt, ctx.now()) };
}

/**
 * Creates an announcement as a draft, or saves one. Saving a published one changes what the
 * portal shows, so the pages are refreshed.
 */
export async function saveAnnouncement(
  ctx: ContentCtx,
  input: AnnouncementSaveInput,
): Promise<{ id: string; published: boolean }> {
  const fields = {
    slug: input.slug,
    titleJa: input.titleJa,
    titleEn: input.titleEn ?? null,
    bodyJa: input.bodyJa,
    bodyEn: input.bodyEn ?? null,
    pinned: input.pinned,
  };
  let result: { id: string; published: boolean };
  try {
    result = await ctx.db.$transaction(async (tx) => {
      const now = ctx.now();
      if (!input.id) {
        if (await isAnnouncementSlugTaken(tx, input.slug)) {
          throw new DomainError("CONFLICT", "announcement.slugTaken");
        }
        const { id } = await createAnnouncement(tx, { ...fields, now });
        await auditContent(tx, staffActor(ctx), ctx, {
          action: "announcement.created",
          objectType: "announcement",
          objectId: id,
          at: now,
          data: { slug: input.slug },
        });
        return { id, published: false };
      }
      const current = await lockAnnouncement(tx, input.id);
      if (!current) throw new DomainError("NOT_FOUND", "announcement.notFound");
      if (input.slug !== current.slug) {
        if (!canChangeAnnouncementSlug(current.publishedAt)) {
          throw new DomainError("CONFLICT", "announcement.slugFixed");
        }
        if (await isAnnouncementSlugTaken(tx, input.slug, current.id)) {
          throw new DomainError("CONFLICT", "announcement.slugTaken");
        }
      }
      await updateAnnouncement(tx, current.id, fields);
      await auditContent(tx, staffActor(ctx), ctx, {
        action: "announcement.saved",
        objectType: "announcement",
        objectId: current.id,
        at: now,
        data: { slug: input.slug, pinned: input.pinned },
      });
      return { id: current.id, published: current.publishedAt !== null };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "announcement.slugTaken");
    throw error;
  }
  if (result.published) await revalidatePortal("announcement saved");
  return result;
}

/**
 * Publishes now or at a later time; `at: null` takes it off the portal. With `notifySubscribers`
 * the status subscribers are emailed once per announcement: in the same transaction when it goes
 * up now, by the content scheduler (`notifyDueAnnouncements`) when it is scheduled. The latest
 * call decides: rescheduling or unpublishing without the box withdraws a pending request, and
 * publishing again after the email went out sends nothing more.
 */
export async function setAnnouncementPublication(
  ctx: ContentCtx,
  input: { id: string; at: Date | null | undefined; notifySubscribers?: boolean },
): Promise<{
  id: string;
  publishedAt: Date | null;
  state: ReturnType<typeof announcementState>;
  /** Subscribers emailed by this call (0 when not asked, when scheduled, or when they were already). */
  notified: number;
  /** The subscribers will be emailed at the scheduled time. */
  notifyScheduled: boolean;
}> {
  const result = await ctx.db.$transaction(async (tx) => {
    const now = ctx.now();
    const current = await lockAnnouncement(tx, input.id);
    if (!current) throw new DomainError("NOT_FOUND", "announcement.notFound");
    const publishedAt = input.at === null ? null : announcementPublishAt(input.at, now);
    if (publishedAt === null && current.publishedAt === null) {
      throw new DomainError("CONFLICT", "announcement.notPublished");
    }
    const notice = announcementNotice({
      publishedAt,
      asked: input.notifySubscribers === true,
      alreadyEmailed: current.notifiedAt !== null,
      now,
    });
    const notifyNow = notice === "now";
    const notifyScheduled = notice === "atPublication";
    await updateAnnouncement(tx, current.id, { publishedAt, notifyRequested: notifyScheduled });
    let notified = 0;
    if (notifyNow && (await claimAnnouncementNotice(tx, current.id, now))) {
      notified = await notifySubscribersOf(tx, current.id);
    }
    await auditContent(tx, staffActor(ctx), ctx, {
      action: publishedAt ? "announcement.published" : "announcement.unpublished",
      objectType: "announcement",
      objectId: current.id,
      at: now,
      data: {
        publishedAt: publishedAt?.toISOString() ?? null,
        ...(notifyNow ? { subscribersNotified: notified } : {}),
        ...(notifyScheduled ? { subscribersNotifiedAtPublication: true } : {}),
      },
    });
    return {
      id: current.id,
      publishedAt,
      state: announcementState(publishedAt, now),
      notified,
      notifyScheduled,
    };
  });
  await revalidatePortal(result.publishedAt ? "announcement published" : "announcement unpublished");
  return result;
}

const DUE_BATCH = 20;

/**
 * Emails the subscribers of scheduled announcements that have gone up, for the content
 * scheduler: each in its own claim, queued in the same transaction as the mark that it was sent.
 */
export async function notifyDueAnnouncements(db: Db, now: Date): Promise<{ announcements: number }> {
  let announcements = 0;
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      const ids = await claimDueAnnouncementNotices(tx, now, DUE_BATCH);
      for (const id of ids) {
        if (!(await claimAnnouncementNotice(tx, id, now))) continue;
        const enqueued = await notifySubscribersOf(tx, id);
        await auditContent(tx, { kind: "system" }, null, {
          action: "announcement.subscribersNotified",
          objectType: "announcement",
          objectId: id,
          at: now,
          data: { subscribersNotified: enqueued },
        });
      }
      return ids.length;
    });
    announcements += batch;
    if (batch < DUE_BATCH) break;
  }
  // The email links to the announcement: the portal's cached pages are refreshed now, rather
  // than within their minute, so the link works by the time the mail worker sends it.
  if (announcements > 0) await revalidatePortal("scheduled announcement published");
  return { announcements };
}

async function notifySubscribersOf(tx: DbOrTx, id: string): Promise<number> {
  const announcement = await findConsoleAnnouncement(tx, id);
  return announcement ? (await notifyAnnouncementSubscribers(tx, announcement)).enqueued : 0;
}
