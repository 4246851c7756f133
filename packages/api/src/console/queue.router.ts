import {
  bulkAssignInputSchema,
  bulkStatusInputSchema,
  bulkTagInputSchema,
  queueListInputSchema,
} from "@madoguchi/core/workspace/queue-schemas";
import { teamKeySchema } from "@madoguchi/core/workspace/workspace-schemas";
import { z } from "zod";
import { router } from "../trpc/init";
import { consoleProcedure } from "./console-procedure";
import {
  bulkAssign,
  bulkStatus,
  bulkTag,
  listQueuePage,
  queueCounts,
  takeNext,
  teamAssignees,
} from "./queue-actions";

const teamInput = z.object({ team: teamKeySchema });

/**
 * The console's queues. Reading needs `ticket.read` and sees only the caller's windows (core's
 * visibility rule, applied in every query); taking the next ticket needs `ticket.reply`; bulk
 * actions are the leads' (`queue.manage`) on the windows they manage.
 */
export const queueRouter = router({
  list: consoleProcedure("ticket.read")
    .input(queueListInputSchema)
    .query(({ ctx, input }) => listQueuePage(ctx, input)),
  counts: consoleProcedure("ticket.read").query(({ ctx }) => queueCounts(ctx)),
  assignees: consoleProcedure("ticket.read")
    .input(teamInput)
    .query(({ ctx, input }) => teamAssignees(ctx, input)),
  takeNext: consoleProcedure("ticket.reply")
    .input(teamInput)
    .mutation(({ ctx, input }) => takeNext(ctx, input)),
  bulkAssign: consoleProcedure("queue.manage")
    .input(bulkAssignInputSchema)
    .mutation(({ ctx, input }) => bulkAssign(ctx, input)),
  bulkStatus: consoleProcedure("queue.manage")
    .input(bulkStatusInputSchema)
    .mutation(({ ctx, input }) => bulkStatus(ctx, input)),
  bulkTag: consoleProcedure("queue.manage")
    .input(bulkTagInputSchema)
    .mutation(({ ctx, input }) => bulkTag(ctx, input)),
});
