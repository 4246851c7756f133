import type { ReportQuery } from "@madoguchi/core/report/report-query";
import type { TicketReport } from "@madoguchi/core/report/ticket-report";
import { BarChart } from "./bar-chart";
import { bucketLabel, formatAverage, formatCount, formatPercent } from "./report-format";
import { ReportSection, ReportTable } from "./report-section";

type SectionProps = { report: TicketReport; query: ReportQuery };

const TOTAL = "合計";

export function CsatSection({ report, query }: SectionProps) {
  const { csat } = report;
  const name = (bucket: string) => bucketLabel(bucket, report.period.granularity);
  return (
    <ReportSection
      id="csat"
      title="お客様満足度（CSAT）"
      note="解決後にお客様が付けた5段階の評価です。期間内に受け付けたお問い合わせが対象です。"
      kind="csat"
      query={query}
    >
      <p className="report-figure">
        平均 <strong data-testid="csat-average">{formatAverage(csat.average)}</strong>（
        {formatCount(csat.count)}件、満足（4・5）
        {formatPercent(csat.satisfiedRate)}）
      </p>
      <BarChart
        label="評価の分布"
        series={[{ name: "件数" }]}
        bars={csat.distribution.map((row) => ({ label: `評価${row.score}`, values: [row.count] }))}
        formatValue={formatCount}
      />
      <ReportTable
        caption="お客様満足度"
        head={[
          "期間",
          "評価件数",
          "平均",
          "満足（4・5）",
          ...csat.distribution.map((row) => `評価${row.score}`),
        ]}
        rows={[...csat.rows, { ...csat, bucket: TOTAL }]
          .filter((row) => row.bucket === TOTAL || row.count > 0)
          .map((row) => [
            row.bucket === TOTAL ? TOTAL : name(row.bucket),
            formatCount(row.count),
            formatAverage(row.average),
            formatPercent(row.satisfiedRate),
            ...row.distribution.map((d) => formatCount(d.count)),
          ])}
      />
    </ReportSection>
  );
}

export function DeflectionSection({ report, query }: SectionProps) {
  const { deflection } = report;
  const name = (bucket: string) => bucketLabel(bucket, report.period.granularity);
  return (
    <ReportSection
      id="deflection"
      title="ヘルプセンターでの自己解決"
      note="ヘルプセンターで検索したセッション（ブラウザのタブ単位）のうち、お問い合わせに至らずに終わった割合です。検索はヘルプセンター全体の件数、お問い合わせ件数は表示中の窓口の件数です。"
      kind="deflection"
      query={query}
    >
      <dl className="report-figures">
        <div>
          <dt>自己解決率</dt>
          <dd data-testid="deflection-rate">{formatPercent(deflection.rate)}</dd>
        </div>
        <div>
          <dt>お問い合わせなしで終わったセッション</dt>
          <dd>{formatCount(deflection.deflected)}</dd>
        </div>
        <div>
          <dt>お問い合わせ件数</dt>
          <dd>{formatCount(deflection.inquiries)}</dd>
        </div>
        <div>
          <dt>結果0件の検索</dt>
          <dd>
            {formatCount(deflection.zeroResultSearches)} / {formatCount(deflection.searches)}
          </dd>
        </div>
        <div>
          <dt>記事の「役に立った」</dt>
          <dd>
            {formatPercent(deflection.feedback.helpfulRate)}（{formatCount(deflection.feedback.helpful)} /{" "}
            {formatCount(deflection.feedback.helpful + deflection.feedback.notHelpful)}）
          </dd>
        </div>
      </dl>
      <BarChart
        label="検索セッションとお問い合わせの推移"
        series={[{ name: "お問い合わせなしで終了" }, { name: "お問い合わせに至った" }]}
        bars={deflection.rows.map((row) => ({
          label: name(row.bucket),
          values: [row.deflected, row.sessionsWithInquiry],
        }))}
        formatValue={formatCount}
      />
      <ReportTable
        caption="ヘルプセンターでの自己解決"
        head={[
          "期間",
          "検索数",
          "検索セッション",
          "お問い合わせに至った",
          "お問い合わせなし",
          "お問い合わせ件数",
          "自己解決率",
        ]}
        rows={[...deflection.rows, { ...deflection, bucket: TOTAL }].map((row) => [
          row.bucket === TOTAL ? TOTAL : name(row.bucket),
          formatCount(row.searches),
          formatCount(row.sessions),
          formatCount(row.sessionsWithInquiry),
          formatCount(row.deflected),
          formatCount(row.inquiries),
          formatPercent(row.rate),
        ])}
      />
    </ReportSection>
  );
}
