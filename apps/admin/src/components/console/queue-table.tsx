"use client";

import type { TeamKey } from "@madoguchi/core/team/teams";
import { ticketStatuses } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { QueueFilters, QueueRef } from "@madoguchi/core/workspace/queue-schemas";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import styles from "./console.module.css";
import {
  formatDateTime,
  priorityLabels,
  problemText,
  type QueuePage,
  statusLabels,
  troubleTypeLabels,
} from "./console-text";
import { isTypingTarget } from "./keyboard";
import type { QueueSort } from "./queue-params";
import { SlaBadge, useServerClock } from "./sla-badge";

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
        else setMessage("引き受けられるチケットはありません。");
      },
      onError: (error) => setMessage(problemText(error)),
    }),
  );
  const bulkDone = {
    onSuccess: async (result: { updated: number; skipped: string[] }) => {
      setSelected(new Set());
      setMessage(
        `${result.updated}件を更新しました。` +
          (result.skipped.length > 0
            ? `（変更できない・変更のない${result.skipped.length}件はそのままです）`
            : ""),
      );
      await refresh();
    },
    onError: (error: unknown) => setMessage(problemText(error)),
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
            onClick={() => takeNext.mutate({ team: takeNextTeam })}
            disabled={takeNext.isPending}
            data-testid="take-next"
          >
            次のチケットを引き受ける
          </button>
        )}
        <p className={styles.hint} data-testid="queue-keys">
          <kbd>j</kbd>/<kbd>k</kbd> 移動 <kbd>Enter</kbd> 開く
          {canBulk && (
            <>
              {" "}
              <kbd>x</kbd> 選択
            </>
          )}
          {takeNextTeam && (
            <>
              {" "}
              <kbd>t</kbd> 次を引き受ける
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
        <div className={styles.bulkbar} role="region" aria-label="一括操作">
          <strong>{ids.length}件を選択中</strong>
          {queue.kind === "team" && (
            <label>
              担当者{" "}
              <select
                aria-label="一括で担当者を設定"
                value=""
                onChange={(event) =>
                  bulkAssign.mutate({
                    ticketIds: ids,
                    assigneeId: event.target.value === "none" ? null : event.target.value,
                  })
                }
              >
                <option value="">選択…</option>
                <option value="none">担当なし</option>
                {assignees.map((staff) => (
                  <option key={staff.id} value={staff.id}>
                    {staff.displayName}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            ステータス{" "}
            <select
              aria-label="一括でステータスを変更"
              value=""
              onChange={(event) => {
                const status = ticketStatuses.find((s) => s === event.target.value);
                if (status) bulkStatus.mutate({ ticketIds: ids, status });
              }}
            >
              <option value="">選択…</option>
              {ticketStatuses.map((status) => (
                <option key={status} value={status}>
                  {statusLabels[status]}
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
              タグを追加 <input name="tag" size={10} />
            </label>{" "}
            <button type="submit">追加</button>
          </form>
          <button type="button" onClick={() => setSelected(new Set())}>
            選択を解除
          </button>
        </div>
      )}

      {rows.length === 0 ? (
        <p className="notice">このキューにチケットはありません。</p>
      ) : (
        <table className={styles.table} aria-label="チケット一覧">
          <thead>
            <tr>
              {canBulk && <th scope="col">選択</th>}
              <th scope="col">期限</th>
              <th scope="col">件名</th>
              <th scope="col">ステータス</th>
              <th scope="col">優先度</th>
              <th scope="col">窓口・種類</th>
              <th scope="col">担当者</th>
              <th scope="col">受付</th>
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
                      aria-label={`${row.number}を選択`}
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
                <td>{statusLabels[row.status]}</td>
                <td>
                  <span className={styles.badge} data-priority={row.priority}>
                    {priorityLabels[row.priority]}
                  </span>
                </td>
                <td>
                  {row.team.nameJa}
                  <div className={styles.number}>{troubleTypeLabels[row.troubleType] ?? row.troubleType}</div>
                </td>
                <td>{row.assignee?.displayName ?? <span className="muted">未割り当て</span>}</td>
                <td className={styles.number}>{formatDateTime(row.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.hasNextPage && (
        <p>
          <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            さらに表示
          </button>
        </p>
      )}
    </>
  );
}
