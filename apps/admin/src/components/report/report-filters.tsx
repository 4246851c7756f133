import { reportGranularities } from "@madoguchi/core/report/report-period";
import type { ReportQuery } from "@madoguchi/core/report/report-query";
import type { TeamKey } from "@madoguchi/core/team/teams";
import { granularityLabels, teamName } from "./report-format";

/** The report's conditions as a plain GET form: it works without JavaScript, and the URL is shareable. */
export function ReportFilters({
  query,
  selectable,
  everyWindow,
}: {
  query: ReportQuery;
  selectable: readonly TeamKey[];
  /** An admin's "all" is every window; a lead's is the windows they work in. */
  everyWindow: boolean;
}) {
  return (
    <form
      method="get"
      action="/reports"
      className="report-filters"
      aria-label="レポートの条件"
      data-testid="report-filters"
    >
      <label>
        窓口
        <select name="team" defaultValue={query.team ?? "all"}>
          <option value="all">{everyWindow ? "すべての窓口" : "担当するすべての窓口"}</option>
          {selectable.map((key) => (
            <option key={key} value={key}>
              {teamName(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        開始日
        <input type="date" name="from" defaultValue={query.from} required />
      </label>
      <label>
        終了日
        <input type="date" name="to" defaultValue={query.to} required />
      </label>
      <label>
        集計単位
        <select name="granularity" defaultValue={query.granularity}>
          {reportGranularities.map((granularity) => (
            <option key={granularity} value={granularity}>
              {granularityLabels[granularity]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">表示する</button>
    </form>
  );
}
