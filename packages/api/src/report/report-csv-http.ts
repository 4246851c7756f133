import { CSV_BOM } from "@madoguchi/core/report/report-csv";
import { reportKindSchema, reportQueryFromParams } from "@madoguchi/core/report/report-query";
import { type Db, db as processDb } from "@madoguchi/db/client/create-client";
import { TRPCError } from "@trpc/server";
import { createContext } from "../context/context";
import type { SessionSource } from "../context/session";
import { createCallerFactory } from "../trpc/init";
import { reportRouter } from "./report.router";

export interface ReportCsvDeps {
  sessionSource: SessionSource;
  db?: () => Db;
  now?: () => Date;
}

const createReportCaller = createCallerFactory(reportRouter);

const statusOf: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
};

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });

/**
 * GET /api/reports/<kind>?team=&from=&to=&granularity= on the console: a report as a CSV
 * download, through the same procedure (and so the same authorization and audit) as any call.
 * UTF-8 with a byte order mark, so Excel opens the Japanese text as such.
 */
export function reportCsvHandler(
  deps: ReportCsvDeps,
): (request: Request, params: { report: string }) => Promise<Response> {
  return async (request, params) => {
    const kind = reportKindSchema.safeParse(params.report);
    if (!kind.success) return plain(404, "Not found");
    const session = await deps.sessionSource(request);
    if (!session) return plain(401, "Sign-in required");
    const now = deps.now ?? (() => new Date());
    const parsed = reportQueryFromParams(Object.fromEntries(new URL(request.url).searchParams), now());
    if (!parsed.ok) return plain(400, `Invalid report request: ${parsed.problems.join(", ")}`);
    const caller = createReportCaller(
      createContext({ db: (deps.db ?? processDb)(), session, headers: request.headers, now }),
    );
    try {
      const file = await caller.exportCsv({ kind: kind.data, query: parsed.query });
      return new Response(CSV_BOM + file.csv, {
        status: 200,
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${file.fileName}"`,
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
    } catch (error) {
      const status = error instanceof TRPCError ? statusOf[error.code] : undefined;
      if (status === undefined) throw error;
      return plain(status, error instanceof TRPCError ? error.message : "");
    }
  };
}
