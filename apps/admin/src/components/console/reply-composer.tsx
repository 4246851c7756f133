"use client";

import { detectStaffAskingForSecrets } from "@madoguchi/core/secrets/detect-staff-secret-requests";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import { staffStatusTransitions } from "@madoguchi/core/workspace/staff-status-rules";
import { useMutation } from "@tanstack/react-query";
import { forwardRef, useId, useImperativeHandle, useMemo, useRef, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { useTRPC } from "@/trpc/client";
import styles from "./console.module.css";
import { labelsFor, problemText, type TicketView } from "./console-text";
import { workspaceText } from "./workspace-text";

export type ComposerMode = "reply" | "note";
export interface ComposerHandle {
  focus(mode: ComposerMode): void;
}

interface Props {
  view: TicketView;
  version: number;
  onSaved(version: number | null): void;
  onProblem(error: unknown): void;
  onTyping(): void;
}

/**
 * Reply (to the customer) or note (for colleagues). Macros fill the text and propose a status;
 * "send and set status" is the status chosen beside the button. A reply that asks for a password,
 * a 2FA code, a seed phrase or remote access is flagged while typing and sent only when confirmed.
 */
export const ReplyComposer = forwardRef<ComposerHandle, Props>(function ReplyComposer(
  { view, version, onSaved, onProblem, onTyping },
  ref,
) {
  const trpc = useTRPC();
  const locale = useConsoleLocale();
  const t = workspaceText[locale].composer;
  const labels = labelsFor(locale);
  const [mode, setMode] = useState<ComposerMode>("reply");
  const [body, setBody] = useState("");
  const [status, setStatus] = useState<TicketStatus | "">("");
  const [macroKey, setMacroKey] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const bodyId = useId();
  useImperativeHandle(ref, () => ({
    focus(next) {
      setMode(next);
      textarea.current?.focus();
    },
  }));

  const findings = useMemo(() => (mode === "reply" ? detectStaffAskingForSecrets(body) : []), [body, mode]);
  const kinds = [...new Set(findings.map((finding) => finding.kind))];
  const nextStatuses = staffStatusTransitions[view.status];

  const done = (text: string, savedVersion: number | null) => {
    setBody("");
    setStatus("");
    setMacroKey(null);
    setConfirmed(false);
    setSent(text);
    onSaved(savedVersion);
  };
  const reply = useMutation(
    trpc.ticket.reply.mutationOptions({
      onSuccess: (result) => {
        if (result.status === "warning") setConfirmed(false);
        else done(t.replied, result.version);
      },
      onError: onProblem,
    }),
  );
  const note = useMutation(
    trpc.ticket.note.mutationOptions({
      onSuccess: () => done(t.noted, null),
      onError: onProblem,
    }),
  );
  const pending = reply.isPending || note.isPending;

  const submit = () => {
    if (!body.trim() || pending) return;
    setSent(null);
    if (mode === "note") {
      note.mutate({ number: view.number, body });
      return;
    }
    if (kinds.length > 0 && !confirmed) return;
    reply.mutate({
      number: view.number,
      version,
      body,
      status: status || null,
      sendDespiteWarning: confirmed,
      macroKey,
    });
  };

  const serverWarning = reply.data?.status === "warning" ? reply.data.kinds : [];
  const warned = [...new Set([...kinds, ...serverWarning])];
  return (
    <section className={styles.panel} aria-labelledby="composer-title" data-mode={mode}>
      <h2 id="composer-title">{t.title}</h2>
      <div className={styles.tabs} role="group" aria-label={t.modeLabel}>
        <button type="button" aria-pressed={mode === "reply"} onClick={() => setMode("reply")}>
          {t.reply} <kbd>r</kbd>
        </button>
        <button type="button" aria-pressed={mode === "note"} onClick={() => setMode("note")}>
          {t.note} <kbd>n</kbd>
        </button>
      </div>
      <form
        className={styles.composer}
        data-mode={mode}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {mode === "reply" && (
          <div className={styles.composerRow}>
            <label>
              {t.macro}{" "}
              <select
                aria-label={t.macro}
                value={macroKey ?? ""}
                onChange={(event) => {
                  const macro = view.macros.find((m) => m.key === event.target.value);
                  if (!macro) return;
                  setMacroKey(macro.key);
                  setBody(macro.body);
                  if (macro.status && (nextStatuses.includes(macro.status) || macro.status === view.status)) {
                    setStatus(macro.status === view.status ? "" : macro.status);
                  }
                  textarea.current?.focus();
                }}
              >
                <option value="">{t.chooseOne}</option>
                {view.macros.map((macro) => (
                  <option key={macro.key} value={macro.key}>
                    {macro.title}
                  </option>
                ))}
              </select>
            </label>
            <span className={styles.hint}>
              {"{{name}}"}
              {t.nameHint}
            </span>
          </div>
        )}
        <label htmlFor={bodyId} className={styles.hint}>
          {mode === "reply" ? t.replyLabel : t.noteLabel}
        </label>
        <textarea
          id={bodyId}
          ref={textarea}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            setConfirmed(false);
            onTyping();
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              submit();
            }
            if (event.key === "Escape") textarea.current?.blur();
          }}
        />
        {mode === "reply" && view.status === "closed" && <p className={styles.hint}>{t.closed}</p>}
        {mode === "reply" && warned.length > 0 && (
          <div className={styles.warning} role="alert" data-testid="secret-request-warning">
            <p>
              <strong>{t.secretLead}</strong>
              {warned.map((kind) => labels.secretRequest[kind] ?? kind).join(t.listSeparator)}
            </p>
            <p>{t.secretNever}</p>
            <label>
              <input
                type="checkbox"
                checked={confirmed}
                onChange={(event) => setConfirmed(event.target.checked)}
              />{" "}
              {t.secretConfirm}
            </label>
          </div>
        )}
        <div className={styles.composerRow}>
          {mode === "reply" && (
            <label>
              {t.nextStatus}{" "}
              <select
                aria-label={t.nextStatus}
                value={status}
                onChange={(event) => setStatus(nextStatuses.find((s) => s === event.target.value) ?? "")}
              >
                <option value="">
                  {view.status === "new" ? t.toOpen : t.keep(labels.status[view.status])}
                </option>
                {nextStatuses.map((next) => (
                  <option key={next} value={next}>
                    {labels.status[next]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="submit"
            disabled={
              pending ||
              !body.trim() ||
              (mode === "reply" && (view.status === "closed" || (warned.length > 0 && !confirmed)))
            }
          >
            {mode === "reply" ? (status ? t.sendAnd(labels.status[status]) : t.send) : t.addNote}
          </button>
          <span className={styles.hint}>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
            {t.ctrlEnter}
          </span>
        </div>
        {sent && (
          <p role="status" className={styles.hint}>
            {sent}
          </p>
        )}
        {(reply.error || note.error) && !isConflictError(reply.error ?? note.error) && (
          <p className={styles.error}>{problemText(reply.error ?? note.error, locale)}</p>
        )}
      </form>
    </section>
  );
});

function isConflictError(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}
