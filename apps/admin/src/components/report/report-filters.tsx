import type { Locale } from "@madoguchi/core/locale/locale";
import { reportGranularities } from "@madoguchi/core/report/report-period";
import type { ReportQuery } from "@madoguchi/core/report/report-query";
import type { TeamKey } from "@madoguchi/core/team/teams";
import { teamName } from "./report-format";
import { reportText } from "./report-text";

/** The report's conditions as a plain GET form: it works without JavaScript, and the URL is shareable. */
export function ReportFilters({
  query,
  selectable,
  everyWindow,
  locale,
}: {
  locale: Locale;
  query: ReportQuery;
  selectable: readonly TeamKey[];
  /** An admin's "all" is every window; a lead's is the windows they work in. */
  everyWindow: boolean;
}) {
  const text = reportText[locale];
  const t = text.filters;
  return (
    <form
      method="get"
      action="/reports"
      className="report-filters"
      aria-label={t.label}
      data-testid="report-filters"
    >
      <label>
        {t.team}
        <select name="team" defaultValue={query.team ?? "all"}>
          <option value="all">{everyWindow ? text.allWindows : text.allOwnWindows}</option>
          {selectable.map((key) => (
            <option key={key} value={key}>
              {teamName(key, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.from}
        <input type="date" name="from" defaultValue={query.from} required />
      </label>
      <label>
        {t.to}
        <input type="date" name="to" defaultValue={query.to} required />
      </label>
      <label>
        {t.granularity}
        <select name="granularity" defaultValue={query.granularity}>
          {reportGranularities.map((granularity) => (
            <option key={granularity} value={granularity}>
              {text.granularity[granularity]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t.show}</button>
    </form>
  );
}
