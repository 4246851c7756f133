import type { QueueFilters } from "@madoguchi/core/workspace/queue-schemas";
import { ticketPriorities } from "@madoguchi/core/routing/ticket-priority";
import { ticketStatuses } from "@madoguchi/core/ticket/ticket-lifecycle";
import { troubleTypeKeys } from "@madoguchi/core/trouble/trouble-types";
import styles from "./console.module.css";
import { priorityLabels, statusLabels, troubleTypeLabels } from "./console-text";
import type { QueueSort } from "./queue-params";

/** Filters and order as a plain GET form: the URL is the state, shareable and bookmarkable. */
export function QueueFiltersForm({
  action,
  filters,
  sort,
  assignees,
}: {
  action: string;
  filters: QueueFilters;
  sort: QueueSort;
  assignees: readonly { id: string; displayName: string }[];
}) {
  return (
    <form className={styles.filters} action={action} method="get" aria-label="絞り込み">
      <label>
        ステータス
        <select name="status" defaultValue={filters.status?.[0] ?? ""}>
          <option value="">未完了すべて</option>
          {ticketStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        優先度
        <select name="priority" defaultValue={filters.priority?.[0] ?? ""}>
          <option value="">すべて</option>
          {ticketPriorities.map((priority) => (
            <option key={priority} value={priority}>
              {priorityLabels[priority]}
            </option>
          ))}
        </select>
      </label>
      <label>
        種類
        <select name="type" defaultValue={filters.troubleType ?? ""}>
          <option value="">すべて</option>
          {troubleTypeKeys.map((type) => (
            <option key={type} value={type}>
              {troubleTypeLabels[type]}
            </option>
          ))}
        </select>
      </label>
      {assignees.length > 0 && (
        <label>
          担当者
          <select name="assignee" defaultValue={filters.assigneeId ?? ""}>
            <option value="">すべて</option>
            {assignees.map((staff) => (
              <option key={staff.id} value={staff.id}>
                {staff.displayName}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        タグ
        <input name="tag" defaultValue={filters.tag ?? ""} size={10} />
      </label>
      <label>
        プラン
        <input name="plan" defaultValue={filters.plan ?? ""} size={10} placeholder="例: premium" />
      </label>
      <label>
        受付日（から）
        <input type="date" name="from" defaultValue={filters.createdFrom ?? ""} />
      </label>
      <label>
        受付日（まで）
        <input type="date" name="to" defaultValue={filters.createdTo ?? ""} />
      </label>
      <label>
        並び順
        <select name="sort" defaultValue={sort}>
          <option value="due">期限が近い順</option>
          <option value="newest">新しい順</option>
          <option value="oldest">古い順</option>
        </select>
      </label>
      <button type="submit">絞り込む</button>
      <a href={action}>解除</a>
    </form>
  );
}
