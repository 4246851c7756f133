import { DomainError } from "@madoguchi/core/errors/domain-error";
import { articleSlugSchema } from "@madoguchi/core/help-center/article-feedback";
import { localeSchema } from "@madoguchi/core/locale/locale";
import { findAnnouncement, listAnnouncements } from "@madoguchi/db/status/announcement-repository";
import { z } from "zod";
import { router } from "../trpc/init";
import { publicProcedure } from "../trpc/procedures";

/** お知らせ: official announcements, public. */
export const announcementRouter = router({
  list: publicProcedure
    .input(z.object({ locale: localeSchema, limit: z.number().int().min(1).max(100).default(50) }))
    .query(async ({ ctx, input }) => listAnnouncements(ctx.db, input.locale, ctx.now(), input.limit)),

  bySlug: publicProcedure
    .input(z.object({ locale: localeSchema, slug: articleSlugSchema }))
    .query(async ({ ctx, input }) => {
      const announcement = await findAnnouncement(ctx.db, input.slug, input.locale, ctx.now());
      if (!announcement) throw new DomainError("NOT_FOUND", "announcement.notFound");
      return announcement;
    }),
});
