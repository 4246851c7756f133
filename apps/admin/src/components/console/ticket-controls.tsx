"use client";

import { ticketPriorities } from "@madoguchi/core/routing/ticket-priority";
import { teams } from "@madoguchi/core/team/teams";
import { staffStatusTransitions } from "@madoguchi/core/workspace/staff-status-rules";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { useTRPC } from "@/trpc/client";
import styles from "./console.module.css";
import { labelsFor, problemText, type TicketView } from "./console-text";
import { workspaceText } from "./workspace-text";

interface Props {
  view: TicketView;
  version: number;
  onSaved(version: number | null): void;
  onProblem(error: unknown): void;
  onLeft(message: string): void;
}

const NONE = "none";

/**
 * Status, priority, assignee and tags, saved together over the version on screen. Agents may
 * take the ticket or give it back; the window's lead (or an admin) assigns anyone of the window.
 */
export function TicketControls({ view, version, onSaved, onProblem, onLeft }: Props) {
  const trpc = useTRPC();
  const locale = useConsoleLocale();
  const text = workspaceText[locale].controls;
  const labels = labelsFor(locale);
  const assignees = useQuery(trpc.queue.assignees.queryOptions({ team: view.team.key }));
  const [status, setStatus] = useState(view.status);
  const [priority, setPriority] = useState(view.priority);
  const [assignee, setAssignee] = useState(view.assignee?.id ?? NONE);
  const [tags, setTags] = useState(view.tags.join(", "));
  const update = useMutation(
    trpc.ticket.update.mutationOptions({ onSuccess: (r) => onSaved(r.version), onError: onProblem }),
  );

  const me = view.viewer.id;
  const currentAssignee = view.assignee?.id ?? NONE;
  const assignable = (assignees.data ?? []).filter(
    (staff) => view.permissions.manageTeam || staff.id === me || staff.id === currentAssignee,
  );
  const statuses = [view.status, ...staffStatusTransitions[view.status]];

  return (
    <section className={`${styles.panel} ${styles.controls}`} aria-labelledby="controls-title">
      <h2 id="controls-title">{text.title}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const tagList = tags
            .split(/[,、]/)
            .map((tag) => tag.trim())
            .filter(Boolean);
          update.mutate({
            number: view.number,
            version,
            ...(status !== view.status ? { status } : {}),
            ...(priority !== view.priority ? { priority } : {}),
            ...(assignee !== currentAssignee ? { assigneeId: assignee === NONE ? null : assignee } : {}),
            ...(tagList.join(",") !== view.tags.join(",") ? { tags: tagList } : {}),
          });
        }}
      >
        <label>
          {text.status}
          <select
            value={status}
            onChange={(event) => setStatus(statuses.find((s) => s === event.target.value) ?? status)}
          >
            {statuses.map((value) => (
              <option key={value} value={value}>
                {labels.status[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.priority}
          <select
            value={priority}
            onChange={(event) =>
              setPriority(ticketPriorities.find((p) => p === event.target.value) ?? priority)
            }
          >
            {ticketPriorities.map((value) => (
              <option key={value} value={value}>
                {labels.priority[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.assignee}
          <select value={assignee} onChange={(event) => setAssignee(event.target.value)}>
            <option value={NONE}>{text.unassigned}</option>
            {assignable.map((staff) => (
              <option key={staff.id} value={staff.id}>
                {staff.displayName}
                {staff.id === me ? text.me : ""}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.tags}
          <input value={tags} onChange={(event) => setTags(event.target.value)} />
        </label>
        <p>
          <button type="submit" disabled={update.isPending}>
            {text.save}
          </button>
          {view.assignee === null && (
            <>
              {" "}
              <button
                type="button"
                disabled={update.isPending}
                onClick={() => update.mutate({ number: view.number, version, assigneeId: me })}
              >
                {text.takeIt}
              </button>
            </>
          )}
        </p>
        {update.error && update.error.data?.code !== "CONFLICT" && (
          <p className={styles.error}>{problemText(update.error, locale)}</p>
        )}
      </form>
      <TransferForm view={view} version={version} onSaved={onSaved} onProblem={onProblem} onLeft={onLeft} />
      <MergeForm view={view} version={version} onSaved={onSaved} onProblem={onProblem} onLeft={onLeft} />
      <IncidentForm view={view} version={version} onSaved={onSaved} onProblem={onProblem} onLeft={onLeft} />
    </section>
  );
}

function TransferForm({ view, version, onSaved, onProblem, onLeft }: Props) {
  const trpc = useTRPC();
  const locale = useConsoleLocale();
  const text = workspaceText[locale].controls;
  const [team, setTeam] = useState("");
  const [note, setNote] = useState("");
  const transfer = useMutation(
    trpc.ticket.transfer.mutationOptions({
      onSuccess: (result) => {
        if (result.visible) onSaved(result.version);
        else onLeft(text.transferred);
      },
      onError: onProblem,
    }),
  );
  const target = teams.find((t) => t.key === team && t.key !== view.team.key);
  return (
    <details>
      <summary>{text.transfer}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (target) transfer.mutate({ number: view.number, version, team: target.key, note });
        }}
      >
        <label>
          {text.transferTo}
          <select value={team} onChange={(event) => setTeam(event.target.value)} required>
            <option value="">{text.chooseOne}</option>
            {teams
              .filter((t) => t.key !== view.team.key)
              .map((t) => (
                <option key={t.key} value={t.key}>
                  {t.name[locale]}
                </option>
              ))}
          </select>
        </label>
        <label>
          {text.transferNote}
          <textarea value={note} onChange={(event) => setNote(event.target.value)} required rows={3} />
        </label>
        <button type="submit" disabled={transfer.isPending || !target || !note.trim()}>
          {text.doTransfer}
        </button>
        {transfer.error && transfer.error.data?.code !== "CONFLICT" && (
          <p className={styles.error}>{problemText(transfer.error, locale)}</p>
        )}
      </form>
    </details>
  );
}

function MergeForm({ view, version, onProblem, onLeft }: Props) {
  const trpc = useTRPC();
  const locale = useConsoleLocale();
  const text = workspaceText[locale].controls;
  const [into, setInto] = useState("");
  const merge = useMutation(
    trpc.ticket.merge.mutationOptions({
      onSuccess: (result) => onLeft(text.merged(result.into)),
      onError: onProblem,
    }),
  );
  if (view.mergedInto) return null;
  return (
    <details>
      <summary>{text.merge}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          merge.mutate({ number: view.number, version, into });
        }}
      >
        <label>
          {text.mergeInto}
          <input
            value={into}
            onChange={(event) => setInto(event.target.value)}
            placeholder="Q-2026-000123"
            required
          />
        </label>
        <p className={styles.hint}>{text.mergeHint}</p>
        <button type="submit" disabled={merge.isPending || !into.trim()}>
          {text.doMerge}
        </button>
        {merge.error && merge.error.data?.code !== "CONFLICT" && (
          <p className={styles.error}>{problemText(merge.error, locale)}</p>
        )}
      </form>
    </details>
  );
}

function IncidentForm({ view, version, onSaved, onProblem }: Props) {
  const trpc = useTRPC();
  const locale = useConsoleLocale();
  const text = workspaceText[locale].controls;
  const incidents = useQuery(trpc.ticket.incidents.queryOptions());
  const [incident, setIncident] = useState(view.incident?.id ?? "");
  const link = useMutation(
    trpc.ticket.linkIncident.mutationOptions({ onSuccess: (r) => onSaved(r.version), onError: onProblem }),
  );
  return (
    <details open={view.incident !== null}>
      <summary>{text.incident(view.incident?.titleJa ?? null)}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          link.mutate({ number: view.number, version, incidentId: incident || null });
        }}
      >
        <label>
          {text.incidentSelect}
          <select value={incident} onChange={(event) => setIncident(event.target.value)}>
            <option value="">{text.noIncident}</option>
            {(incidents.data ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {item.titleJa}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={link.isPending || incident === (view.incident?.id ?? "")}>
          {text.save}
        </button>
        {link.error && link.error.data?.code !== "CONFLICT" && (
          <p className={styles.error}>{problemText(link.error, locale)}</p>
        )}
      </form>
    </details>
  );
}
