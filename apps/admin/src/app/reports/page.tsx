import { reportQueryFromParams } from "@madoguchi/core/report/report-query";
import { teamKeys } from "@madoguchi/core/team/teams";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { refusalNotice } from "@/components/console/console-access";
import { CsatSection, DeflectionSection } from "@/components/report/experience-sections";
import { ReportFilters } from "@/components/report/report-filters";
import { windowsLabel } from "@/components/report/report-format";
import { csvHref } from "@/components/report/report-section";
import { ReportSummary } from "@/components/report/report-summary";
import {
  BacklogSection,
  ReopenSection,
  SlaSection,
  TimesSection,
  VolumeSection,
} from "@/components/report/ticket-sections";
import "@/components/report/report.css";
import { serverCaller } from "@/trpc/server";

// Per request: the figures depend on the query string and on who is asking.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "レポート" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const problemText: Record<string, string> = {
  "report.period.reversed": "終了日は開始日以降の日付を指定してください。",
  "report.period.tooLong": "期間は1年以内で指定してください。",
  "report.day.invalid": "日付は「2026-11-01」の形式で、実在する日を指定してください。",
  "report.team.invalid": "窓口の指定が正しくありません。",
  "report.granularity.invalid": "集計単位は日・週・月から選んでください。",
};

/** Reports per window and period for leads (their windows) and admins (every window). */
export default async function ReportsPage({ searchParams }: Props) {
  const parsed = reportQueryFromParams(await searchParams, new Date());
  const query = parsed.ok ? parsed.query : parsed.fallback;
  const caller = await serverCaller();
  let report: Awaited<ReturnType<typeof caller.report.overview>>;
  try {
    report = await caller.report.overview(query);
  } catch (error) {
    if (error instanceof TRPCError && error.message === "report.windowForbidden") {
      return (
        <>
          <h1>レポート</h1>
          <p className="notice" data-tone="danger" role="alert">
            この窓口のレポートを表示する権限がありません。<a href="/reports">担当窓口のレポートを表示する</a>
          </p>
        </>
      );
    }
    const notice = refusalNotice(error, "レポート");
    if (notice) return notice;
    throw error;
  }
  const everyWindow = report.selectable.length === teamKeys.length;
  return (
    <>
      <h1>レポート</h1>
      {!parsed.ok && (
        <div className="notice" data-tone="danger" role="alert" data-testid="report-problems">
          <p>指定された条件では表示できないため、直近30日間を表示しています。</p>
          <ul>
            {parsed.problems.map((problem) => (
              <li key={problem}>{problemText[problem] ?? "条件の指定が正しくありません。"}</li>
            ))}
          </ul>
        </div>
      )}
      <ReportFilters query={query} selectable={report.selectable} everyWindow={everyWindow} />
      <p data-testid="report-scope">
        {windowsLabel(report.windows)}・{query.from} 〜 {query.to}（日本時間）
      </p>
      <ReportSummary report={report} />
      <p>
        <a className="report-csv" href={csvHref("tickets", query)} download data-testid="csv-tickets">
          対象のお問い合わせ一覧をCSVでダウンロード
        </a>
        <span className="muted">（CSVの出力は監査ログに記録されます）</span>
      </p>
      <VolumeSection report={report} query={query} />
      <TimesSection report={report} query={query} />
      <SlaSection report={report} query={query} />
      <BacklogSection report={report} query={query} />
      <ReopenSection report={report} query={query} />
      <CsatSection report={report} query={query} />
      <DeflectionSection report={report} query={query} />
    </>
  );
}
