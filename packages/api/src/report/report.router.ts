import { reportExportSchema, reportQuerySchema } from "@madoguchi/core/report/report-query";
import { router } from "../trpc/init";
import { exportReport } from "./export-report";
import { loadTicketReport } from "./load-ticket-report";
import { reportProcedure } from "./report-procedure";

/**
 * Reports per window and period (leads: their windows; admins: all). Read-only over tickets and
 * the search log; exporting writes one audit entry and nothing else.
 */
export const reportRouter = router({
  overview: reportProcedure.input(reportQuerySchema).query(({ ctx, input }) => loadTicketReport(ctx, input)),
  exportCsv: reportProcedure
    .input(reportExportSchema)
    .mutation(({ ctx, input }) => exportReport({ ...ctx, staffId: ctx.staff.id }, input)),
});
