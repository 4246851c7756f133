import type { Locale } from "@madoguchi/core/locale/locale";
import type { QueueFilters } from "@madoguchi/core/workspace/queue-schemas";
import { ticketPriorities } from "@madoguchi/core/routing/ticket-priority";
import { ticketStatuses } from "@madoguchi/core/ticket/ticket-lifecycle";
import { troubleTypeKeys } from "@madoguchi/core/trouble/trouble-types";
import styles from "./console.module.css";
import { labelsFor } from "./console-text";
import type { QueueSort } from "./queue-params";
import { workspaceText } from "./workspace-text";

/** Filters and order as a plain GET form: the URL is the state, shareable and bookmarkable. */
export function QueueFiltersForm({
  action,
  filters,
  sort,
  assignees,
  locale,
}: {
  locale: Locale;
  action: string;
  filters: QueueFilters;
  sort: QueueSort;
  assignees: readonly { id: string; displayName: string }[];
}) {
  const text = workspaceText[locale].filters;
  const labels = labelsFor(locale);
  return (
    <form className={styles.filters} action={action} method="get" aria-label={text.label}>
      <label>
        {text.status}
        <select name="status" defaultValue={filters.status?.[0] ?? ""}>
          <option value="">{text.allOpen}</option>
          {ticketStatuses.map((status) => (
            <option key={status} value={status}>
              {labels.status[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.priority}
        <select name="priority" defaultValue={filters.priority?.[0] ?? ""}>
          <option value="">{text.all}</option>
          {ticketPriorities.map((priority) => (
            <option key={priority} value={priority}>
              {labels.priority[priority]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.type}
        <select name="type" defaultValue={filters.troubleType ?? ""}>
          <option value="">{text.all}</option>
          {troubleTypeKeys.map((type) => (
            <option key={type} value={type}>
              {labels.troubleType[type]}
            </option>
          ))}
        </select>
      </label>
      {assignees.length > 0 && (
        <label>
          {text.assignee}
          <select name="assignee" defaultValue={filters.assigneeId ?? ""}>
            <option value="">{text.all}</option>
            {assignees.map((staff) => (
              <option key={staff.id} value={staff.id}>
                {staff.displayName}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {text.tag}
        <input name="tag" defaultValue={filters.tag ?? ""} size={10} />
      </label>
      <label>
        {text.plan}
        <input name="plan" defaultValue={filters.plan ?? ""} size={10} placeholder={text.planExample} />
      </label>
      <label>
        {text.from}
        <input type="date" name="from" defaultValue={filters.createdFrom ?? ""} />
      </label>
      <label>
        {text.to}
        <input type="date" name="to" defaultValue={filters.createdTo ?? ""} />
      </label>
      <label>
        {text.sort}
        <select name="sort" defaultValue={sort}>
          <option value="due">{text.sortDue}</option>
          <option value="newest">{text.sortNewest}</option>
          <option value="oldest">{text.sortOldest}</option>
        </select>
      </label>
      <button type="submit">{text.apply}</button>
      <a href={action}>{text.clear}</a>
    </form>
  );
}
