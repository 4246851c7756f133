import { reportCsvHandler } from "@madoguchi/api/report/report-csv-http";
import { sessionSource } from "@/auth/session";

export const dynamic = "force-dynamic";

const handler = reportCsvHandler({ sessionSource });

/** A report as a CSV download for the signed-in lead or admin (the export is audited). */
export async function GET(request: Request, context: { params: Promise<{ report: string }> }) {
  return handler(request, await context.params);
}
