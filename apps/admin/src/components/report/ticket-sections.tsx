import type { ReportQuery } from "@madoguchi/core/report/report-query";
import type { TicketReport } from "@madoguchi/core/report/ticket-report";
import { troubleTypeKeys } from "@madoguchi/core/trouble/trouble-types";
import { BarChart } from "./bar-chart";
import { LineChart } from "./line-chart";
import { bucketLabel, formatCount, formatDuration, formatPercent, troubleTypeName } from "./report-format";
import { ReportSection, ReportTable } from "./report-section";

type SectionProps = { report: TicketReport; query: ReportQuery };

const TOTAL = "合計";
const label = (report: TicketReport) => (bucket: string) => bucketLabel(bucket, report.period.granularity);

export function VolumeSection({ report, query }: SectionProps) {
  const name = label(report);
  const types = troubleTypeKeys.filter((type) => report.volume.byType[type] > 0);
  const shown = types.length > 0 ? types : troubleTypeKeys;
  return (
    <ReportSection id="volume" title="受付件数（トラブルの種類別）" kind="volume" query={query}>
      <BarChart
        label={`受付件数の推移（合計 ${formatCount(report.volume.total)}件）`}
        series={shown.map((type) => ({ name: troubleTypeName(type) }))}
        bars={report.volume.rows.map((row) => ({
          label: name(row.bucket),
          values: shown.map((type) => row.byType[type]),
        }))}
      />
      <ReportTable
        caption="受付件数（種類別）"
        head={["期間", "合計", ...shown.map(troubleTypeName)]}
        rows={[
          ...report.volume.rows.map((row) => [
            name(row.bucket),
            formatCount(row.total),
            ...shown.map((type) => formatCount(row.byType[type])),
          ]),
          [
            TOTAL,
            formatCount(report.volume.total),
            ...shown.map((type) => formatCount(report.volume.byType[type])),
          ],
        ]}
      />
    </ReportSection>
  );
}

export function TimesSection({ report, query }: SectionProps) {
  const name = label(report);
  const { firstResponse, resolution, rows } = report.responseTimes;
  return (
    <ReportSection
      id="times"
      title="初回返信・解決までの時間"
      note="受付から初回返信、受付から解決までの経過時間（暦時間）です。期間内に受け付けたお問い合わせが対象です。"
      kind="response-times"
      query={query}
    >
      <LineChart
        label="初回返信までの時間（中央値）の推移"
        points={rows.map((row) => ({
          label: name(row.bucket),
          value: row.firstResponse.medianSeconds === null ? null : row.firstResponse.medianSeconds / 3600,
        }))}
        formatValue={(hours) => formatDuration(hours * 3600)}
      />
      <ReportTable
        caption="初回返信・解決までの時間"
        head={[
          "期間",
          "初回返信 件数",
          "中央値",
          "90パーセンタイル",
          "解決 件数",
          "中央値",
          "90パーセンタイル",
        ]}
        rows={[...rows, { bucket: TOTAL, firstResponse, resolution }].map((row) => [
          row.bucket === TOTAL ? TOTAL : name(row.bucket),
          formatCount(row.firstResponse.count),
          formatDuration(row.firstResponse.medianSeconds),
          formatDuration(row.firstResponse.p90Seconds),
          formatCount(row.resolution.count),
          formatDuration(row.resolution.medianSeconds),
          formatDuration(row.resolution.p90Seconds),
        ])}
      />
    </ReportSection>
  );
}

export function SlaSection({ report, query }: SectionProps) {
  const name = label(report);
  return (
    <ReportSection
      id="sla"
      title="初回返信のSLA達成率"
      note="初回返信の期限内に返信した割合です。期限前で未返信のものは「判定待ち」として達成率に含めません。"
      kind="sla"
      query={query}
    >
      <BarChart
        label="SLA達成率の推移"
        series={[{ name: "期限内" }, { name: "期限超過" }]}
        bars={report.sla.rows.map((row) => ({ label: name(row.bucket), values: [row.met, row.breached] }))}
      />
      <ReportTable
        caption="初回返信のSLA達成率"
        head={["期間", "期限内", "期限超過", "判定待ち", "達成率"]}
        rows={[...report.sla.rows, { ...report.sla, bucket: TOTAL }].map((row) => [
          row.bucket === TOTAL ? TOTAL : name(row.bucket),
          formatCount(row.met),
          formatCount(row.breached),
          formatCount(row.pending),
          formatPercent(row.attainment),
        ])}
      />
    </ReportSection>
  );
}

export function BacklogSection({ report, query }: SectionProps) {
  const name = (day: string) => bucketLabel(day, "day");
  return (
    <ReportSection
      id="backlog"
      title="未解決件数の推移"
      note="各日の終わり（当日は現在）に、解決・完了していなかったお問い合わせの件数です。"
      kind="backlog"
      query={query}
    >
      <LineChart
        label="未解決件数の推移"
        points={report.backlog.map((point) => ({ label: name(point.day), value: point.open }))}
        formatValue={formatCount}
      />
      <details className="report-details">
        <summary>日ごとの件数を表示</summary>
        <ReportTable
          caption="未解決件数（日末）"
          head={["日付", "未解決件数"]}
          rows={report.backlog.map((point) => [point.day, formatCount(point.open)])}
        />
      </details>
    </ReportSection>
  );
}

export function ReopenSection({ report, query }: SectionProps) {
  const name = label(report);
  return (
    <ReportSection
      id="reopens"
      title="再オープン率"
      note="一度解決・完了したお問い合わせのうち、再び対応中に戻った割合です。"
      kind="reopens"
      query={query}
    >
      <ReportTable
        caption="再オープン率"
        head={["期間", "解決済み（1回以上）", "再オープン", "再オープン率"]}
        rows={[...report.reopens.rows, { ...report.reopens, bucket: TOTAL }].map((row) => [
          row.bucket === TOTAL ? TOTAL : name(row.bucket),
          formatCount(row.finishedOnce),
          formatCount(row.reopened),
          formatPercent(row.rate),
        ])}
      />
    </ReportSection>
  );
}
