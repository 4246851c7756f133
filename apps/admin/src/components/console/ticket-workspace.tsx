"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import styles from "./console.module.css";
import {
  isConflict,
  priorityLabels,
  problemText,
  statusLabels,
  type TicketView,
  troubleTypeLabels,
} from "./console-text";
import { Conversation, Timeline } from "./conversation";
import { CustomerPanel } from "./customer-panel";
import { isTypingTarget } from "./keyboard";
import { type ComposerHandle, ReplyComposer } from "./reply-composer";
import { SlaBadge, useServerClock } from "./sla-badge";
import { TicketControls } from "./ticket-controls";
import { TicketFields } from "./ticket-fields";
import { usePresence } from "./use-presence";

/**
 * The ticket workspace. Every change is sent with `baseVersion`, the version the staff member
 * has acknowledged; when someone else saves, the next refresh shows it with a banner, and a save
 * over it is refused by the server until they load the latest.
 */
export function TicketWorkspace({ initial }: { initial: TicketView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const options = trpc.ticket.get.queryOptions({ number: initial.number });
  const ticket = useQuery({ ...options, initialData: initial, refetchInterval: 15_000 });
  const view = ticket.data ?? initial;
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [left, setLeft] = useState<string | null>(null);
  const composer = useRef<ComposerHandle>(null);
  const presence = usePresence(initial.number);
  const now = useServerClock(initial.serverNow);

  const reload = useCallback(async () => {
    const fresh = await queryClient.fetchQuery({ ...options, staleTime: 0 });
    setBaseVersion(fresh.version);
    setConflict(false);
    setProblem(null);
  }, [queryClient, options]);

  const onSaved = useCallback(
    async (version: number | null) => {
      setProblem(null);
      if (version !== null) setBaseVersion(version);
      await queryClient.invalidateQueries({ queryKey: options.queryKey });
    },
    [queryClient, options.queryKey],
  );
  const onProblem = useCallback((error: unknown) => {
    if (isConflict(error)) setConflict(true);
    else setProblem(problemText(error));
  }, []);
  const onLeft = useCallback(
    (message: string) => {
      setLeft(message);
      router.refresh();
    },
    [router],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === "r" || event.key === "n") {
        event.preventDefault();
        composer.current?.focus(event.key === "r" ? "reply" : "note");
      } else if (event.key === "u") {
        router.push("/queues");
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);

  if (left) {
    return (
      <div className="notice" role="status">
        <p>{left}</p>
        <p>
          <a href="/queues">キューに戻る</a>
        </p>
      </div>
    );
  }

  const changedByOthers = view.version !== baseVersion && !conflict;
  return (
    <div className={styles.console}>
      <div className={styles.header}>
        <h1>{view.subject}</h1>
        <span className={styles.number}>{view.number}</span>
        <span className={styles.badge} data-testid="ticket-status">
          {statusLabels[view.status]}
        </span>
        <span className={styles.badge} data-priority={view.priority}>
          優先度 {priorityLabels[view.priority]}
        </span>
        <span>
          {view.team.nameJa}・{troubleTypeLabels[view.troubleType] ?? view.troubleType}・{view.subtypeName}
        </span>
        <SlaBadge {...view} now={now} />
        <span>担当：{view.assignee?.displayName ?? "未割り当て"}</span>
      </div>
      <p className={styles.hint}>
        <kbd>r</kbd> 返信 <kbd>n</kbd> 社内メモ <kbd>u</kbd> キューに戻る <kbd>Ctrl</kbd>+<kbd>Enter</kbd>{" "}
        送信
      </p>
      {view.mergedInto && (
        <p className="notice">
          このチケットは <a href={`/tickets/${view.mergedInto.number}`}>{view.mergedInto.number}</a>{" "}
          に統合されています。
        </p>
      )}
      {presence.viewers.length > 0 && (
        <p className={styles.presence} role="status" data-testid="presence">
          {presence.viewers
            .map((viewer) => `${viewer.name}さんが${viewer.typing ? "入力中です" : "表示中です"}`)
            .join("、")}
        </p>
      )}
      {(conflict || changedByOthers) && (
        <div className={styles.conflict} role="alert" data-testid="conflict">
          <p>
            {conflict
              ? "ほかの担当者がこのチケットを更新したため、保存できませんでした。最新の内容を読み込んでから、もう一度操作してください（入力中の文章は残ります）。"
              : "ほかの担当者がこのチケットを更新しました。内容を確認してから操作してください。"}
          </p>
          <button type="button" onClick={() => void reload()}>
            最新の内容を読み込む
          </button>
        </div>
      )}
      {problem && (
        <p className={styles.error} role="alert">
          {problem}
        </p>
      )}
      <div className={styles.workspace}>
        <div>
          <TicketFields view={view} />
          <Conversation view={view} />
          <ReplyComposer
            ref={composer}
            view={view}
            version={baseVersion}
            onSaved={onSaved}
            onProblem={onProblem}
            onTyping={presence.typing}
          />
          <Timeline view={view} />
        </div>
        <aside aria-label="チケットの操作とお客様の情報">
          <TicketControls
            key={view.version}
            view={view}
            version={baseVersion}
            onSaved={onSaved}
            onProblem={onProblem}
            onLeft={onLeft}
          />
          <CustomerPanel view={view} version={baseVersion} onSaved={onSaved} onProblem={onProblem} />
        </aside>
      </div>
    </div>
  );
}
