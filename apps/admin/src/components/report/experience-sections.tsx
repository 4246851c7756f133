import type { Locale } from "@madoguchi/core/locale/locale";
import type { ReportQuery } from "@madoguchi/core/report/report-query";
import type { TicketReport } from "@madoguchi/core/report/ticket-report";
import { BarChart } from "./bar-chart";
import { bucketLabel, formatAverage, formatCount, formatPercent } from "./report-format";
import { ChartTable, ReportSection } from "./report-section";
import { reportText } from "./report-text";

type SectionProps = { report: TicketReport; query: ReportQuery; locale: Locale };

/** A totals row's bucket: never a real bucket (those are dates). */
const TOTAL = "total";

export function CsatSection({ report, query, locale }: SectionProps) {
  const text = reportText[locale];
  const t = text.csat;
  const { csat } = report;
  const name = (bucket: string) =>
    bucket === TOTAL ? text.total : bucketLabel(bucket, report.period.granularity, locale);
  const count = (value: number) => formatCount(value, locale);
  return (
    <ReportSection id="csat" title={t.title} note={t.note} kind="csat" query={query} locale={locale}>
      <p className="report-figure">
        {t.average}
        <strong data-testid="csat-average">{formatAverage(csat.average)}</strong>
        {t.figure(count(csat.count), formatPercent(csat.satisfiedRate))}
      </p>
      <BarChart
        label={t.distribution}
        series={[{ name: t.count }]}
        bars={csat.distribution.map((row) => ({ label: t.score(row.score), values: [row.count] }))}
        formatValue={count}
      />
      <ChartTable
        summary={text.showTable}
        caption={t.caption}
        head={[text.period, ...t.head, ...csat.distribution.map((row) => t.score(row.score))]}
        rows={[...csat.rows, { ...csat, bucket: TOTAL }]
          .filter((row) => row.bucket === TOTAL || row.count > 0)
          .map((row) => [
            name(row.bucket),
            count(row.count),
            formatAverage(row.average),
            formatPercent(row.satisfiedRate),
            ...row.distribution.map((d) => count(d.count)),
          ])}
      />
    </ReportSection>
  );
}

export function DeflectionSection({ report, query, locale }: SectionProps) {
  const text = reportText[locale];
  const t = text.deflection;
  const { deflection } = report;
  const name = (bucket: string) =>
    bucket === TOTAL ? text.total : bucketLabel(bucket, report.period.granularity, locale);
  const count = (value: number) => formatCount(value, locale);
  return (
    <ReportSection
      id="deflection"
      title={t.title}
      note={t.note}
      kind="deflection"
      query={query}
      locale={locale}
    >
      <dl className="report-figures">
        <div>
          <dt>{t.rate}</dt>
          <dd data-testid="deflection-rate">{formatPercent(deflection.rate)}</dd>
        </div>
        <div>
          <dt>{t.deflected}</dt>
          <dd>{count(deflection.deflected)}</dd>
        </div>
        <div>
          <dt>{t.inquiries}</dt>
          <dd>{count(deflection.inquiries)}</dd>
        </div>
        <div>
          <dt>{t.zeroResults}</dt>
          <dd>
            {count(deflection.zeroResultSearches)} / {count(deflection.searches)}
          </dd>
        </div>
        <div>
          <dt>{t.helpful}</dt>
          <dd>
            {t.helpfulFigure(
              formatPercent(deflection.feedback.helpfulRate),
              count(deflection.feedback.helpful),
              count(deflection.feedback.helpful + deflection.feedback.notHelpful),
            )}
          </dd>
        </div>
      </dl>
      <BarChart
        label={t.chart}
        series={[{ name: t.endedWithout }, { name: t.ledTo }]}
        bars={deflection.rows.map((row) => ({
          label: name(row.bucket),
          values: [row.deflected, row.sessionsWithInquiry],
        }))}
        formatValue={count}
      />
      <ChartTable
        summary={text.showTable}
        caption={t.title}
        head={[text.period, ...t.head]}
        rows={[...deflection.rows, { ...deflection, bucket: TOTAL }].map((row) => [
          name(row.bucket),
          count(row.searches),
          count(row.sessions),
          count(row.sessionsWithInquiry),
          count(row.deflected),
          count(row.inquiries),
          formatPercent(row.rate),
        ])}
      />
    </ReportSection>
  );
}
