import {
  announcementPublishSchema,
  announcementSaveSchema,
} from "@madoguchi/core/announcement/announcement-rules";
import { z } from "zod";
import { router } from "../trpc/init";
import { staffProcedureWith } from "../trpc/procedures";
import {
  getAnnouncementForConsole,
  listAnnouncementsForConsole,
  saveAnnouncement,
  setAnnouncementPublication,
} from "./announcement-actions";

const manage = staffProcedureWith("announcement.manage");

/** お知らせ in the console: drafts, publishing now or later, taking one off the portal. */
export const consoleAnnouncementsRouter = router({
  list: manage.query(({ ctx }) => listAnnouncementsForConsole(ctx)),
  get: manage
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => getAnnouncementForConsole(ctx, input.id)),
  save: manage.input(announcementSaveSchema).mutation(({ ctx, input }) => saveAnnouncement(ctx, input)),
  publish: manage
    .input(announcementPublishSchema)
    .mutation(({ ctx, input }) => setAnnouncementPublication(ctx, { ...input, at: input.at })),
  unpublish: manage
    .input(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => setAnnouncementPublication(ctx, { id: input.id, at: null })),
});
