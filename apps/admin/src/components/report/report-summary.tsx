import type { Locale } from "@madoguchi/core/locale/locale";
import type { TicketReport } from "@madoguchi/core/report/ticket-report";
import { formatAverage, formatCount, formatDuration, formatPercent } from "./report-format";
import { reportText } from "./report-text";

/** The period's headline figures; each section below has the detail. */
export function ReportSummary({ report, locale }: { report: TicketReport; locale: Locale }) {
  const text = reportText[locale];
  const t = text.summary;
  const items: [string, string, string][] = [
    ["volume", t.volume, text.units.count(formatCount(report.volume.total, locale))],
    [
      "first-response",
      t.firstResponse,
      formatDuration(report.responseTimes.firstResponse.medianSeconds, locale),
    ],
    [
      "first-response-p90",
      t.firstResponseP90,
      formatDuration(report.responseTimes.firstResponse.p90Seconds, locale),
    ],
    ["resolution", t.resolution, formatDuration(report.responseTimes.resolution.medianSeconds, locale)],
    ["sla", t.sla, formatPercent(report.sla.attainment)],
    ["reopen", t.reopen, formatPercent(report.reopens.rate)],
    ["csat", t.csat, formatAverage(report.csat.average)],
    ["deflection", t.deflection, formatPercent(report.deflection.rate)],
  ];
  return (
    <dl className="report-summary" data-testid="report-summary">
      {items.map(([key, term, value]) => (
        <div key={key} data-testid={`summary-${key}`}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
