import type { Locale } from "@madoguchi/core/locale/locale";
import type { ReportQuery } from "@madoguchi/core/report/report-query";
import type { TicketReport } from "@madoguchi/core/report/ticket-report";
import { troubleTypeKeys } from "@madoguchi/core/trouble/trouble-types";
import { BarChart } from "./bar-chart";
import { LineChart } from "./line-chart";
import { bucketLabel, formatCount, formatDuration, formatPercent, troubleTypeName } from "./report-format";
import { ChartTable, ReportSection, ReportTable } from "./report-section";
import { reportText } from "./report-text";

type SectionProps = { report: TicketReport; query: ReportQuery; locale: Locale };

/** A totals row's bucket: never a real bucket (those are dates). */
const TOTAL = "total";
const label = (report: TicketReport, locale: Locale) => (bucket: string) =>
  bucket === TOTAL ? reportText[locale].total : bucketLabel(bucket, report.period.granularity, locale);

export function VolumeSection({ report, query, locale }: SectionProps) {
  const text = reportText[locale];
  const name = label(report, locale);
  const count = (value: number) => formatCount(value, locale);
  const typeName = (type: (typeof troubleTypeKeys)[number]) => troubleTypeName(type, locale);
  const types = troubleTypeKeys.filter((type) => report.volume.byType[type] > 0);
  const shown = types.length > 0 ? types : troubleTypeKeys;
  return (
    <ReportSection id="volume" title={text.volume.title} kind="volume" query={query} locale={locale}>
      <BarChart
        label={text.volume.chart(count(report.volume.total))}
        series={shown.map((type) => ({ name: typeName(type) }))}
        bars={report.volume.rows.map((row) => ({
          label: name(row.bucket),
          values: shown.map((type) => row.byType[type]),
        }))}
      />
      <ChartTable
        summary={text.showTable}
        caption={text.volume.caption}
        head={[text.period, text.total, ...shown.map(typeName)]}
        rows={[
          ...report.volume.rows.map((row) => [
            name(row.bucket),
            count(row.total),
            ...shown.map((type) => count(row.byType[type])),
          ]),
          [text.total, count(report.volume.total), ...shown.map((type) => count(report.volume.byType[type]))],
        ]}
      />
    </ReportSection>
  );
}

export function TimesSection({ report, query, locale }: SectionProps) {
  const text = reportText[locale];
  const name = label(report, locale);
  const duration = (seconds: number | null) => formatDuration(seconds, locale);
  const { firstResponse, resolution, rows } = report.responseTimes;
  return (
    <ReportSection
      id="times"
      title={text.times.title}
      note={text.times.note}
      kind="response-times"
      query={query}
      locale={locale}
    >
      <LineChart
        label={text.times.chart}
        points={rows.map((row) => ({
          label: name(row.bucket),
          value: row.firstResponse.medianSeconds === null ? null : row.firstResponse.medianSeconds / 3600,
        }))}
        formatValue={(hours) => duration(hours * 3600)}
      />
      <ChartTable
        summary={text.showTable}
        caption={text.times.title}
        head={[text.period, ...text.times.head]}
        rows={[...rows, { bucket: TOTAL, firstResponse, resolution }].map((row) => [
          name(row.bucket),
          formatCount(row.firstResponse.count, locale),
          duration(row.firstResponse.medianSeconds),
          duration(row.firstResponse.p90Seconds),
          formatCount(row.resolution.count, locale),
          duration(row.resolution.medianSeconds),
          duration(row.resolution.p90Seconds),
        ])}
      />
    </ReportSection>
  );
}

export function SlaSection({ report, query, locale }: SectionProps) {
  const text = reportText[locale];
  const t = text.sla;
  const name = label(report, locale);
  return (
    <ReportSection id="sla" title={t.title} note={t.note} kind="sla" query={query} locale={locale}>
      <BarChart
        label={t.chart}
        series={[{ name: t.met }, { name: t.breached }]}
        bars={report.sla.rows.map((row) => ({ label: name(row.bucket), values: [row.met, row.breached] }))}
      />
      <ChartTable
        summary={text.showTable}
        caption={t.title}
        head={[text.period, t.met, t.breached, t.pending, t.attainment]}
        rows={[...report.sla.rows, { ...report.sla, bucket: TOTAL }].map((row) => [
          name(row.bucket),
          formatCount(row.met, locale),
          formatCount(row.breached, locale),
          formatCount(row.pending, locale),
          formatPercent(row.attainment),
        ])}
      />
    </ReportSection>
  );
}

export function BacklogSection({ report, query, locale }: SectionProps) {
  const t = reportText[locale].backlog;
  const name = (day: string) => bucketLabel(day, "day", locale);
  const count = (value: number) => formatCount(value, locale);
  return (
    <ReportSection id="backlog" title={t.title} note={t.note} kind="backlog" query={query} locale={locale}>
      <LineChart
        label={t.chart}
        points={report.backlog.map((point) => ({ label: name(point.day), value: point.open }))}
        formatValue={count}
      />
      <ChartTable
        summary={t.byDay}
        caption={t.caption}
        head={[t.day, t.open]}
        rows={report.backlog.map((point) => [point.day, count(point.open)])}
      />
    </ReportSection>
  );
}

export function ReopenSection({ report, query, locale }: SectionProps) {
  const text = reportText[locale];
  const t = text.reopens;
  const name = label(report, locale);
  return (
    <ReportSection id="reopens" title={t.title} note={t.note} kind="reopens" query={query} locale={locale}>
      <ReportTable
        caption={t.title}
        head={[text.period, ...t.head]}
        // Periods with nothing finished say nothing of reopens: left out, as in the CSAT table.
        rows={[
          ...report.reopens.rows.filter((row) => row.finishedOnce > 0),
          { ...report.reopens, bucket: TOTAL },
        ].map((row) => [
          name(row.bucket),
          formatCount(row.finishedOnce, locale),
          formatCount(row.reopened, locale),
          formatPercent(row.rate),
        ])}
      />
    </ReportSection>
  );
}
