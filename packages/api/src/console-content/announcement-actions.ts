import {
  announcementPublishAt,
  type AnnouncementSaveInput,
  announcementState,
  assertNoticeWithPublication,
  canChangeAnnouncementSlug,
} from "@madoguchi/core/announcement/announcement-rules";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import {
  claimAnnouncementNotice,
  createAnnouncement,
  findConsoleAnnouncement,
  isAnnouncementSlugTaken,
  listConsoleAnnouncements,
  lockAnnouncement,
  updateAnnouncement,
} from "@madoguchi/db/announcement/announcement-console-repository";
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
 * (publishing now only), the status subscribers are emailed in the same transaction, once per
 * announcement: publishing again after an unpublish sends nothing more.
 */
export async function setAnnouncementPublication(
  ctx: ContentCtx,
  input: { id: string; at: Date | null | undefined; notifySubscribers?: boolean },
): Promise<{
  id: string;
  publishedAt: Date | null;
  state: ReturnType<typeof announcementState>;
  /** Subscribers emailed by this call (0 when not asked, or when they were already). */
  notified: number;
}> {
  const result = await ctx.db.$transaction(async (tx) => {
    const now = ctx.now();
    const current = await lockAnnouncement(tx, input.id);
    if (!current) throw new DomainError("NOT_FOUND", "announcement.notFound");
    const publishedAt = input.at === null ? null : announcementPublishAt(input.at, now);
    if (publishedAt === null && current.publishedAt === null) {
      throw new DomainError("CONFLICT", "announcement.notPublished");
    }
    const notify = publishedAt !== null && input.notifySubscribers === true;
    if (notify) assertNoticeWithPublication(publishedAt, now);
    await updateAnnouncement(tx, current.id, { publishedAt });
    let notified = 0;
    if (notify && (await claimAnnouncementNotice(tx, current.id, now))) {
      const announcement = await findConsoleAnnouncement(tx, current.id);
      if (announcement) ({ enqueued: notified } = await notifyAnnouncementSubscribers(tx, announcement));
    }
    await auditContent(tx, staffActor(ctx), ctx, {
      action: publishedAt ? "announcement.published" : "announcement.unpublished",
      objectType: "announcement",
      objectId: current.id,
      at: now,
      data: {
        publishedAt: publishedAt?.toISOString() ?? null,
        ...(notify ? { subscribersNotified: notified } : {}),
      },
    });
    return { id: current.id, publishedAt, state: announcementState(publishedAt, now), notified };
  });
  await revalidatePortal(result.publishedAt ? "announcement published" : "announcement unpublished");
  return result;
}
