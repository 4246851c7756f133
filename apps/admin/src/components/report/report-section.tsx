import type { Locale } from "@madoguchi/core/locale/locale";
import type { ReportKind, ReportQuery } from "@madoguchi/core/report/report-query";
import { reportQueryParams } from "@madoguchi/core/report/report-query";
import type { ReactNode } from "react";
import { reportText } from "./report-text";

export function csvHref(kind: ReportKind, query: ReportQuery): string {
  return `/api/reports/${kind}?${reportQueryParams(query).toString()}`;
}

/** One report: a heading, what it counts, the chart, the table and its CSV. */
export function ReportSection({
  id,
  title,
  note,
  kind,
  query,
  locale,
  children,
}: {
  locale: Locale;
  id: string;
  title: string;
  note?: ReactNode;
  kind: ReportKind;
  query: ReportQuery;
  children: ReactNode;
}) {
  const text = reportText[locale];
  return (
    <section className="report-section" aria-labelledby={`${id}-title`} data-testid={`report-${kind}`}>
      <div className="report-section-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <a className="report-csv" href={csvHref(kind, query)} download data-testid={`csv-${kind}`}>
          {text.csv}
          <span className="report-visually-hidden">{text.csvOf(title)}</span>
        </a>
      </div>
      {note && <p className="muted report-note">{note}</p>}
      {children}
    </section>
  );
}

/** A table that scrolls sideways on a narrow screen instead of squeezing its figures. */
export function ReportTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly ReactNode[])[];
}) {
  return (
    <div className="report-table-wrap">
      <table className="report-table">
        <caption className="report-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((cell, index) => (
              <th key={cell} scope="col" className={index > 0 ? "num" : undefined}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            // Rows are fixed per render (buckets, then a total): their position identifies them.
            <tr key={rowIndex}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="num">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Rows up to which a chart's table is shown open: a month by weeks, a year by months. */
const OPEN_UP_TO_ROWS = 14;

/**
 * The figures behind a chart: shown open when they are few, folded under a summary when they run
 * to a row a day (the chart already shows their shape; the table is there to read exact values).
 */
export function ChartTable({ summary, ...table }: { summary: string } & Parameters<typeof ReportTable>[0]) {
  return (
    <details className="report-details" open={table.rows.length <= OPEN_UP_TO_ROWS}>
      <summary>{summary}</summary>
      <ReportTable {...table} />
    </details>
  );
}
