import { DomainError } from "@madoguchi/core/errors/domain-error";
import { periodRange } from "@madoguchi/core/report/report-period";
import { type ReportExport, reportWindows } from "@madoguchi/core/report/report-query";
import {
  reportCsv,
  reportFileName,
  type ReportTicketRow,
  ticketsCsv,
} from "@madoguchi/core/report/report-csv-tables";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import { countReportTickets, listReportTickets } from "@madoguchi/db/report/report-ticket-list";
import { loadTicketReport, type ReportCtx } from "./load-ticket-report";

/** More rows than a spreadsheet is pleasant with: narrow the period or pick a window instead. */
export const TICKET_EXPORT_MAX = 50_000;
const PAGE = 1_000;

export interface ReportExportCtx extends ReportCtx {
  staffId: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * A report as a CSV file. The export is audited (who took which figures, of which windows and
 * period, how many rows) before the file is handed over: data leaving the console is traceable.
 */
export async function exportReport(
  ctx: ReportExportCtx,
  input: ReportExport,
): Promise<{ fileName: string; csv: string; rows: number }> {
  const { kind, query } = input;
  const now = ctx.now();
  let csv: string;
  let rows: number;
  if (kind === "tickets") {
    const tickets = await readTickets(ctx, input);
    csv = ticketsCsv(tickets, now);
    rows = tickets.length;
  } else {
    const report = await loadTicketReport(ctx, query);
    csv = reportCsv(kind, report);
    rows = csv.split("\r\n").length - 2;
  }
  await recordAudit(ctx.db, {
    actorKind: "staff",
    actorId: ctx.staffId,
    action: "report.exported",
    objectType: "report",
    objectId: kind,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    data: { team: query.team ?? "all", from: query.from, to: query.to, granularity: query.granularity, rows },
    at: now,
  });
  return { fileName: reportFileName(kind, query), csv, rows };
}

async function readTickets(ctx: ReportExportCtx, input: ReportExport): Promise<ReportTicketRow[]> {
  const windows = reportWindows(ctx.visible, input.query.team);
  const range = { windows, ...periodRange(input.query) };
  if ((await countReportTickets(ctx.db, range)) > TICKET_EXPORT_MAX) {
    throw new DomainError("INVALID", "report.export.tooLarge");
  }
  const tickets: ReportTicketRow[] = [];
  let after: { createdAt: Date; id: string } | null = null;
  do {
    const page: Awaited<ReturnType<typeof listReportTickets>> = await listReportTickets(ctx.db, {
      ...range,
      after,
      take: PAGE,
    });
    tickets.push(...page.rows);
    after = page.next;
  } while (after && tickets.length <= TICKET_EXPORT_MAX);
  return tickets;
}
