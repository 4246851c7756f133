import type { TicketReport } from "@madoguchi/core/report/ticket-report";
import { formatAverage, formatCount, formatDuration, formatPercent } from "./report-format";

/** The period's headline figures; each section below has the detail. */
export function ReportSummary({ report }: { report: TicketReport }) {
  const items: [string, string, string][] = [
    ["volume", "受付件数", `${formatCount(report.volume.total)}件`],
    [
      "first-response",
      "初回返信（中央値）",
      formatDuration(report.responseTimes.firstResponse.medianSeconds),
    ],
    [
      "first-response-p90",
      "初回返信（90パーセンタイル）",
      formatDuration(report.responseTimes.firstResponse.p90Seconds),
    ],
    ["resolution", "解決（中央値）", formatDuration(report.responseTimes.resolution.medianSeconds)],
    ["sla", "SLA達成率", formatPercent(report.sla.attainment)],
    ["reopen", "再オープン率", formatPercent(report.reopens.rate)],
    ["csat", "満足度（平均）", formatAverage(report.csat.average)],
    ["deflection", "自己解決率", formatPercent(report.deflection.rate)],
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
