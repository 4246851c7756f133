"use client";

import { detectStaffAskingForSecrets } from "@madoguchi/core/secrets/detect-staff-secret-requests";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import { staffStatusTransitions } from "@madoguchi/core/workspace/staff-status-rules";
import { useMutation } from "@tanstack/react-query";
import { forwardRef, useId, useImperativeHandle, useMemo, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import styles from "./console.module.css";
import { problemText, secretRequestLabels, statusLabels, type TicketView } from "./console-text";

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
        else done("お客様に返信しました。", result.version);
      },
      onError: onProblem,
    }),
  );
  const note = useMutation(
    trpc.ticket.note.mutationOptions({
      onSuccess: () => done("社内メモを追加しました。", null),
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
      <h2 id="composer-title">返信・メモ</h2>
      <div className={styles.tabs} role="group" aria-label="書く内容">
        <button type="button" aria-pressed={mode === "reply"} onClick={() => setMode("reply")}>
          お客様への返信 <kbd>r</kbd>
        </button>
        <button type="button" aria-pressed={mode === "note"} onClick={() => setMode("note")}>
          社内メモ <kbd>n</kbd>
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
              定型文{" "}
              <select
                aria-label="定型文"
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
                <option value="">選択してください</option>
                {view.macros.map((macro) => (
                  <option key={macro.key} value={macro.key}>
                    {macro.title}
                  </option>
                ))}
              </select>
            </label>
            <span className={styles.hint}>
              {"{{name}}"} は送信時にお客様のお名前（様付き）に置き換わります。
            </span>
          </div>
        )}
        <label htmlFor={bodyId} className={styles.hint}>
          {mode === "reply"
            ? "お客様への返信（メールでお知らせします）"
            : "社内メモ（お客様には表示されません）"}
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
        {mode === "reply" && view.status === "closed" && (
          <p className={styles.hint}>完了したチケットには返信できません。社内メモは追加できます。</p>
        )}
        {mode === "reply" && warned.length > 0 && (
          <div className={styles.warning} role="alert" data-testid="secret-request-warning">
            <p>
              <strong>この返信は、お客様に次の情報を求めているように見えます：</strong>
              {warned.map((kind) => secretRequestLabels[kind] ?? kind).join("、")}
            </p>
            <p>
              当社の担当者がパスワード・認証コード・シードフレーズ・遠隔操作を求めることはありません。表現を見直してください。
            </p>
            <label>
              <input
                type="checkbox"
                checked={confirmed}
                onChange={(event) => setConfirmed(event.target.checked)}
              />{" "}
              内容を確認しました。このまま送信します
            </label>
          </div>
        )}
        <div className={styles.composerRow}>
          {mode === "reply" && (
            <label>
              送信後のステータス{" "}
              <select
                aria-label="送信後のステータス"
                value={status}
                onChange={(event) => setStatus(nextStatuses.find((s) => s === event.target.value) ?? "")}
              >
                <option value="">
                  {view.status === "new" ? "対応中にする" : `変更しない（${statusLabels[view.status]}）`}
                </option>
                {nextStatuses.map((next) => (
                  <option key={next} value={next}>
                    {statusLabels[next]}
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
            {mode === "reply"
              ? status
                ? `送信して「${statusLabels[status]}」にする`
                : "送信"
              : "メモを追加"}
          </button>
          <span className={styles.hint}>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> で送信
          </span>
        </div>
        {sent && (
          <p role="status" className={styles.hint}>
            {sent}
          </p>
        )}
        {(reply.error || note.error) && !isConflictError(reply.error ?? note.error) && (
          <p className={styles.error}>{problemText(reply.error ?? note.error)}</p>
        )}
      </form>
    </section>
  );
});

function isConflictError(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}
