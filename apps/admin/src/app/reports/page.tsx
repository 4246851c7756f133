import { reportQueryFromParams } from "@madoguchi/core/report/report-query";
import { teamKeys } from "@madoguchi/core/team/teams";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { refusalNotice } from "@/components/console/console-access";
import { CsatSection, DeflectionSection } from "@/components/report/experience-sections";
import { ReportFilters } from "@/components/report/report-filters";
import { windowsLabel } from "@/components/report/report-format";
import { reportText } from "@/components/report/report-text";
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
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";

// Per request: the figures depend on the query string and on who is asking.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: reportText[await getConsoleLocale()].title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Reports per window and period for leads (their windows) and admins (every window). */
export default async function ReportsPage({ searchParams }: Props) {
  const parsed = reportQueryFromParams(await searchParams, new Date());
  const query = parsed.ok ? parsed.query : parsed.fallback;
  const caller = await serverCaller();
  const locale = await getConsoleLocale();
  const text = reportText[locale];
  const problemText: Readonly<Record<string, string>> = text.problems;
  let report: Awaited<ReturnType<typeof caller.report.overview>>;
  try {
    report = await caller.report.overview(query);
  } catch (error) {
    if (error instanceof TRPCError && error.message === "report.windowForbidden") {
      return (
        <>
          <h1>{text.title}</h1>
          <p className="notice" data-tone="danger" role="alert">
            {text.windowForbidden}
            <a href="/reports">{text.ownWindows}</a>
          </p>
        </>
      );
    }
    const notice = refusalNotice(error, text.title, locale);
    if (notice) return notice;
    throw error;
  }
  const everyWindow = report.selectable.length === teamKeys.length;
  return (
    <>
      <h1>{text.title}</h1>
      {!parsed.ok && (
        <div className="notice" data-tone="danger" role="alert" data-testid="report-problems">
          <p>{text.fallback}</p>
          <ul>
            {parsed.problems.map((problem) => (
              <li key={problem}>{problemText[problem] ?? text.badCondition}</li>
            ))}
          </ul>
        </div>
      )}
      <ReportFilters locale={locale} query={query} selectable={report.selectable} everyWindow={everyWindow} />
      <p data-testid="report-scope">
        {text.scope(windowsLabel(report.windows, locale), query.from, query.to)}
      </p>
      <ReportSummary report={report} locale={locale} />
      <p>
        <a className="report-csv" href={csvHref("tickets", query)} download data-testid="csv-tickets">
          {text.csvTickets}
        </a>
        <span className="muted">{text.csvAudited}</span>
      </p>
      <VolumeSection report={report} query={query} locale={locale} />
      <TimesSection report={report} query={query} locale={locale} />
      <SlaSection report={report} query={query} locale={locale} />
      <BacklogSection report={report} query={query} locale={locale} />
      <ReopenSection report={report} query={query} locale={locale} />
      <CsatSection report={report} query={query} locale={locale} />
      <DeflectionSection report={report} query={query} locale={locale} />
    </>
  );
}
