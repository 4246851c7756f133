import { backlogCheckpoints, periodRange } from "@madoguchi/core/report/report-period";
import { type ReportQuery, reportWindows, selectableWindows } from "@madoguchi/core/report/report-query";
import { assembleTicketReport, type TicketReport } from "@madoguchi/core/report/ticket-report";
import type { TeamKey } from "@madoguchi/core/team/teams";
import type { Db } from "@madoguchi/db/client/create-client";
import { loadReportFigures } from "@madoguchi/db/report/ticket-report-queries";

export interface ReportCtx {
  db: Db;
  now: () => Date;
  visible: "all" | readonly TeamKey[];
}

/** The report of a period for the windows asked for, if the caller sees them. */
export async function loadTicketReport(
  ctx: ReportCtx,
  query: ReportQuery,
): Promise<TicketReport & { selectable: TeamKey[] }> {
  const windows = reportWindows(ctx.visible, query.team);
  const now = ctx.now();
  const { start, end } = periodRange(query);
  const raw = await loadReportFigures(ctx.db, {
    windows,
    start,
    end,
    granularity: query.granularity,
    now,
    backlogAt: backlogCheckpoints(query, now),
  });
  return {
    ...assembleTicketReport({ period: query, windows, raw }),
    selectable: selectableWindows(ctx.visible),
  };
}
