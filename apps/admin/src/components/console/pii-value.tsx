"use client";

import type { PiiField, PiiSource } from "@madoguchi/core/workspace/customer-pii";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { useTRPC } from "@/trpc/client";
import styles from "./console.module.css";
import { problemText } from "./console-text";
import { CopyButton } from "./copy-button";
import { workspaceText } from "./workspace-text";

/**
 * A masked value with "表示": the staff member gives a reason, the server writes the audit entry
 * and only then returns the value, which stays in this component (never in a shared cache).
 */
export function PiiValue(props: { number: string; field: PiiField; source: PiiSource; masked: string }) {
  const trpc = useTRPC();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const reasonId = useId();
  const reveal = useMutation(trpc.ticket.revealPii.mutationOptions());
  const locale = useConsoleLocale();
  const text = workspaceText[locale].pii;
  const label = text.fields[props.field];
  if (reveal.data) {
    return (
      <span className={styles.fieldRow}>
        <span data-testid={`revealed-${props.source}-${props.field}`}>{reveal.data.value}</span>
        <CopyButton value={reveal.data.value} label={label} />
      </span>
    );
  }
  return (
    <span>
      <span className={styles.fieldRow}>
        <span aria-label={text.masked(label)}>{props.masked}</span>
        {!asking && (
          <button
            type="button"
            className={styles.copy}
            onClick={() => setAsking(true)}
            aria-label={text.revealLabel(label)}
          >
            {text.reveal}
          </button>
        )}
      </span>
      {asking && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            reveal.mutate({ number: props.number, field: props.field, source: props.source, reason });
          }}
        >
          <label htmlFor={reasonId} className={styles.hint}>
            {text.reason}
          </label>
          <input
            id={reasonId}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            minLength={4}
          />
          <button type="submit" disabled={reveal.isPending}>
            {text.recordAndReveal}
          </button>
          {reveal.error && <span className={styles.error}>{problemText(reveal.error, locale)}</span>}
        </form>
      )}
    </span>
  );
}
