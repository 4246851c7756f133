"use client";

import type { TeamKey } from "@madoguchi/core/team/teams";
import { ticketStatuses } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { QueueFilters, QueueRef } from "@madoguchi/core/workspace/queue-schemas";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { useTRPC } from "@/trpc/client";
import styles from "./console.module.css";
import { formatDateTime, labelsFor, problemText, type QueuePage } from "./console-text";
import { isTypingTarget } from "./keyboard";
import type { QueueSort } from "./queue-params";
import { SlaBadge, useServerClock } from "./sla-badge";
import { workspaceText } from "./workspace-text";

interface Props {
  queue: QueueRef;
  filters: QueueFilters;
  sort: QueueSort;
  initialPage: QueuePage;
  /** Leads and admins on queues they manage: bulk assign / status / tag. */
  canBulk: boolean;
  assignees: readonly { id: string; displayName: string }[];
  /** The window "take next" takes from (a window's own queue), if any. */
  takeNextTeam: TeamKey | null;
}

/** A queue: keyboard first (j/k, Enter, x, t), SLA countdown per row, more pages on demand. */
export function QueueTable({ queue, filters, sort, initialPage, canBulk, assignees, takeNextTeam }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const locale = useConsoleLocale();
  const text = workspaceText[locale].queue;
  const labels = labelsFor(locale);
  const list = useInfiniteQuery(
    trpc.queue.list.infiniteQueryOptions(
      { queue, filters, sort },
      {
        getNextPageParam: (last) => last.next ?? undefined,
        initialData: { pages: [initialPage], pageParams: [null] },
      },
    ),
  );
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.rows) ?? [], [list.data]);
  const now = useServerClock(initialPage.serverNow);
  const [cursor, setCursor] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);

  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.queue.pathKey() });
    router.refresh();
  }, [queryClient, router, trpc]);

  const takeNext = useMutation(
    trpc.queue.takeNext.mutationOptions({
      onSuccess: (taken) => {
        if (taken) router.push(`/tickets/${taken.number}`);
        else setMessage(text.nothingToTake);
      },
      onError: (error) => setMessage(problemText(error, locale)),
    }),
  );
  const bulkDone = {
    onSuccess: async (result: { updated: number; skipped: string[] }) => {
      setSelected(new Set());
      setMessage(
        text.updated(result.updated) + (result.skipped.length > 0 ? text.skipped(result.skipped.length) : ""),
      );
      await refresh();
    },
    onError: (error: unknown) => setMessage(problemText(error, locale)),
  };
  const bulkAssign = useMutation(trpc.queue.bulkAssign.mutationOptions(bulkDone));
  const bulkStatus = useMutation(trpc.queue.bulkStatus.mutationOptions(bulkDone));
  const bulkTag = useMutation(trpc.queue.bulkTag.mutationOptions(bulkDone));

  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  useEffect(() => {
    rowRefs.current[cursor]?.scrollIntoView({ block: "nearest" });
  }, [cursor]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target)) return;
      const row = rows[cursor];
      if (event.key === "j" || event.key === "ArrowDown") {
        event.preventDefault();
        setCursor((index) => Math.min(index + 1, Math.max(rows.length - 1, 0)));
        if (cursor >= rows.length - 3 && list.hasNextPage && !list.isFetchingNextPage)
          void list.fetchNextPage();
      } else if (event.key === "k" || event.key === "ArrowUp") {
        event.preventDefault();
        setCursor((index) => Math.max(index - 1, 0));
      } else if ((event.key === "Enter" || event.key === "o") && row) {
        event.preventDefault();
        router.push(`/tickets/${row.number}`);
      } else if (event.key === "x" && row && canBulk) {
        event.preventDefault();
        toggle(row.id);
      } else if (event.key === "t" && takeNextTeam && !takeNext.isPending) {
        event.preventDefault();
        takeNext.mutate({ team: takeNextTeam });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [rows, cursor, list, router, canBulk, toggle, takeNext, takeNextTeam]);

  const ids = [...selected];
  return (
    <>
      <div className={styles.toolbar}>
        {takeNextTeam && (
          <button
            type="button"
            className={styles.primary}
            onClick={() => takeNext.mutate({ team: takeNextTeam })}
            disabled={takeNext.isPending}
            data-testid="take-next"
          >
            {text.takeNext}
          </button>
        )}
        <p className={styles.hint} data-testid="queue-keys">
          <kbd>j</kbd>/<kbd>k</kbd> {text.keyMove} <kbd>Enter</kbd> {text.keyOpen}
          {canBulk && (
            <>
              {" "}
              <kbd>x</kbd> {text.keySelect}
            </>
          )}
          {takeNextTeam && (
            <>
              {" "}
              <kbd>t</kbd> {text.keyTakeNext}
            </>
          )}
        </p>
        {message && (
          <p role="status" className={styles.hint}>
            {message}
          </p>
        )}
      </div>

      {canBulk && ids.length > 0 && (
        <div className={styles.bulkbar} role="region" aria-label={text.bulkLabel}>
          <strong>{text.selectedCount(ids.length)}</strong>
          {queue.kind === "team" && (
            <label>
              {text.assignee}{" "}
              <select
                aria-label={text.bulkAssign}
                value=""
                onChange={(event) =>
                  bulkAssign.mutate({
                    ticketIds: ids,
                    assigneeId: event.target.value === "none" ? null : event.target.value,
                  })
                }
              >
                <option value="">{text.choose}</option>
                <option value="none">{text.noAssignee}</option>
                {assignees.map((staff) => (
                  <option key={staff.id} value={staff.id}>
                    {staff.displayName}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {text.status}{" "}
            <select
              aria-label={text.bulkStatus}
              value=""
              onChange={(event) => {
                const status = ticketStatuses.find((s) => s === event.target.value);
                if (status) bulkStatus.mutate({ ticketIds: ids, status });
              }}
            >
              <option value="">{text.choose}</option>
              {ticketStatuses.map((status) => (
                <option key={status} value={status}>
                  {labels.status[status]}
                </option>
              ))}
            </select>
          </label>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const input = new FormData(event.currentTarget).get("tag");
              if (typeof input === "string" && input.trim()) bulkTag.mutate({ ticketIds: ids, add: [input] });
            }}
          >
            <label>
              {text.addTag} <input name="tag" size={10} />
            </label>{" "}
            <button type="submit">{text.add}</button>
          </form>
          <button type="button" onClick={() => setSelected(new Set())}>
            {text.clearSelection}
          </button>
        </div>
      )}

      {rows.length === 0 ? (
        <p className="notice">{text.empty}</p>
      ) : (
        <table className={styles.table} aria-label={text.tableLabel}>
          <thead>
            <tr>
              {canBulk && <th scope="col">{text.columns.select}</th>}
              <th scope="col">{text.columns.due}</th>
              <th scope="col">{text.columns.subject}</th>
              <th scope="col">{text.columns.status}</th>
              <th scope="col">{text.columns.priority}</th>
              <th scope="col">{text.columns.window}</th>
              <th scope="col">{text.columns.assignee}</th>
              <th scope="col">{text.columns.created}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr
                key={row.id}
                ref={(element) => {
                  rowRefs.current[index] = element;
                }}
                aria-selected={index === cursor}
                data-testid="queue-row"
                onClick={() => setCursor(index)}
              >
                {canBulk && (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={text.selectRow(row.number)}
                      checked={selected.has(row.id)}
                      onChange={() => toggle(row.id)}
                    />
                  </td>
                )}
                <td>
                  <SlaBadge {...row} now={now} />
                </td>
                <td>
                  <a className={styles.subject} href={`/tickets/${row.number}`}>
                    {row.subject}
                  </a>
                  <div className={styles.number}>
                    {row.number}
                    {row.tags.length > 0 && ` ・ ${row.tags.join(", ")}`}
                  </div>
                </td>
                <td>{labels.status[row.status]}</td>
                <td>
                  <span className={styles.badge} data-priority={row.priority}>
                    {labels.priority[row.priority]}
                  </span>
                </td>
                <td>
                  {locale === "ja" ? row.team.nameJa : row.team.nameEn}
                  <div className={styles.number}>
                    {labels.troubleType[row.troubleType] ?? row.troubleType}
                  </div>
                </td>
                <td>{row.assignee?.displayName ?? <span className="muted">{text.unassigned}</span>}</td>
                <td className={styles.number}>{formatDateTime(row.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.hasNextPage && (
        <p>
          <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {text.more}
          </button>
        </p>
      )}
    </>
  );
}
