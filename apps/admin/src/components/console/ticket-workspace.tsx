"use client";

import { teams } from "@madoguchi/core/team/teams";
import { subtypes } from "@madoguchi/core/trouble/subtypes";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { useTRPC } from "@/trpc/client";
import styles from "./console.module.css";
import { isConflict, labelsFor, problemText, type TicketView } from "./console-text";
import { Conversation, Timeline } from "./conversation";
import { CustomerPanel } from "./customer-panel";
import { isTypingTarget } from "./keyboard";
import { type ComposerHandle, ReplyComposer } from "./reply-composer";
import { SlaBadge, useServerClock } from "./sla-badge";
import { TicketControls } from "./ticket-controls";
import { TicketFields } from "./ticket-fields";
import { usePresence } from "./use-presence";
import { workspaceText } from "./workspace-text";

/**
 * The ticket workspace. Every change is sent with `baseVersion`, the version the staff member
 * has acknowledged; when someone else saves, the next refresh shows it with a banner, and a save
 * over it is refused by the server until they load the latest.
 */
export function TicketWorkspace({ initial }: { initial: TicketView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const locale = useConsoleLocale();
  const text = workspaceText[locale].ticket;
  const labels = labelsFor(locale);
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
  const onProblem = useCallback(
    (error: unknown) => {
      if (isConflict(error)) setConflict(true);
      else setProblem(problemText(error, locale));
    },
    [locale],
  );
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
          <a href="/queues">{text.backToQueue}</a>
        </p>
      </div>
    );
  }

  const changedByOthers = view.version !== baseVersion && !conflict;
  const teamName =
    locale === "ja"
      ? view.team.nameJa
      : (teams.find((t) => t.key === view.team.key)?.name.en ?? view.team.nameJa);
  const subtypeName =
    locale === "ja"
      ? view.subtypeName
      : (subtypes.find((s) => s.troubleType === view.troubleType && s.key === view.subtype)?.name.en ??
        view.subtypeName);
  return (
    <div className={styles.console}>
      <div className={styles.header}>
        <h1>{view.subject}</h1>
        <span className={styles.number}>{view.number}</span>
        <span className={styles.badge} data-testid="ticket-status">
          {labels.status[view.status]}
        </span>
        <span className={styles.badge} data-priority={view.priority}>
          {text.priority(labels.priority[view.priority])}
        </span>
        <span>
          {teamName}・{labels.troubleType[view.troubleType] ?? view.troubleType}・{subtypeName}
        </span>
        <SlaBadge {...view} now={now} />
        <span>{text.assignee(view.assignee?.displayName ?? text.unassigned)}</span>
      </div>
      <p className={styles.hint}>
        <kbd>r</kbd> {text.keyReply} <kbd>n</kbd> {text.keyNote} <kbd>u</kbd> {text.keyBack} <kbd>Ctrl</kbd>+
        <kbd>Enter</kbd> {text.keySend}
      </p>
      {view.mergedInto && (
        <p className="notice">
          {text.mergedBefore}
          <a href={`/tickets/${view.mergedInto.number}`}>{view.mergedInto.number}</a>
          {text.mergedAfter}
        </p>
      )}
      {presence.viewers.length > 0 && (
        <p className={styles.presence} role="status" data-testid="presence">
          {presence.viewers
            .map((viewer) => text.viewing(viewer.name, viewer.typing))
            .join(text.listSeparator)}
        </p>
      )}
      {(conflict || changedByOthers) && (
        <div className={styles.conflict} role="alert" data-testid="conflict">
          <p>{conflict ? text.conflictSave : text.changedByOthers}</p>
          <button type="button" onClick={() => void reload()}>
            {text.loadLatest}
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
        <aside aria-label={text.asideLabel}>
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
