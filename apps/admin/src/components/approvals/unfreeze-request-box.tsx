"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { pick } from "@/i18n/localized";
import { useTRPC } from "@/trpc/client";
import styles from "../console/console.module.css";
import { type ConsoleOutputs, formatDateTime, problemText } from "../console/console-text";
import { unfreezeProblem, unfreezeText } from "./unfreeze-text";

export type PendingUnfreeze = ConsoleOutputs["customerAccount"]["listPendingUnfreezes"][number];

type Feedback = { tone: "ok" | "error"; text: string } | null;

function useUnfreezeText() {
  const locale = useConsoleLocale();
  return { locale, text: pick(locale, unfreezeText) };
}

function FeedbackLine({ feedback }: { feedback: Feedback }) {
  if (!feedback) return null;
  return (
    <p
      className={feedback.tone === "error" ? styles.error : styles.hint}
      role={feedback.tone === "error" ? "alert" : "status"}
    >
      {feedback.text}
    </p>
  );
}

/**
 * A pending request: the requester may withdraw it; anyone else allowed here (a lead or an
 * admin, the procedure checks) approves or rejects it. The API refuses the requester's own
 * approval too; the buttons only spare them the round trip.
 */
export function PendingUnfreezeCard({
  request,
  onDecided,
}: {
  request: PendingUnfreeze;
  onDecided(message: string): void;
}) {
  const trpc = useTRPC();
  const { locale, text } = useUnfreezeText();
  const [note, setNote] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  const fail = (error: unknown) =>
    setFeedback({ tone: "error", text: unfreezeProblem(error, text) ?? problemText(error, locale) });
  const withNote = { requestId: request.id, ...(note.trim() ? { note: note.trim() } : {}) };
  const approve = useMutation(
    trpc.customerAccount.approveUnfreeze.mutationOptions({
      onSuccess: () => onDecided(text.approved),
      onError: fail,
    }),
  );
  const reject = useMutation(
    trpc.customerAccount.rejectUnfreeze.mutationOptions({
      onSuccess: () => onDecided(text.rejected),
      onError: fail,
    }),
  );
  const withdraw = useMutation(
    trpc.customerAccount.withdrawUnfreeze.mutationOptions({
      onSuccess: () => onDecided(text.withdrawn),
      onError: fail,
    }),
  );
  const busy = approve.isPending || reject.isPending || withdraw.isPending;
  const at = formatDateTime(request.createdAt, locale);

  return (
    <div data-testid="unfreeze-pending" className={styles.controls}>
      <p>
        <strong>{text.pending}</strong>
      </p>
      <p className={styles.hint}>
        {request.requestedByMe ? text.requestedByMe(at) : text.requestedBy(request.requesterName, at)}
      </p>
      <p data-testid="unfreeze-reason">
        {text.reasonLabel}：{request.reason}
      </p>
      {request.requestedByMe ? (
        <>
          <p className={styles.hint}>{text.waitingForOther}</p>
          <p>
            <button type="button" disabled={busy} onClick={() => withdraw.mutate({ requestId: request.id })}>
              {text.withdraw}
            </button>
          </p>
        </>
      ) : (
        <>
          <label>
            {text.decisionNote}
            <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          <p>
            <button type="button" disabled={busy} onClick={() => approve.mutate(withNote)}>
              {text.approve}
            </button>{" "}
            <button type="button" disabled={busy} onClick={() => reject.mutate(withNote)}>
              {text.reject}
            </button>
          </p>
        </>
      )}
      <FeedbackLine feedback={feedback} />
    </div>
  );
}

/**
 * The unfreeze part of the customer panel: the pending request if there is one, otherwise (for
 * a frozen account) the request form, with the identity checks attested and a reason.
 */
export function UnfreezeSection({
  customerId,
  ticketId,
  frozen,
  onChanged,
}: {
  customerId: string;
  ticketId: string;
  frozen: boolean;
  onChanged(): void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { locale, text } = useUnfreezeText();
  const pendingQuery = trpc.customerAccount.pendingUnfreeze.queryOptions({ customerId });
  const pending = useQuery(pendingQuery);
  const [checked, setChecked] = useState(false);
  const [reason, setReason] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  const settled = async (message: string) => {
    setFeedback({ tone: "ok", text: message });
    setReason("");
    setChecked(false);
    await queryClient.invalidateQueries({ queryKey: pendingQuery.queryKey });
    onChanged();
  };
  const request = useMutation(
    trpc.customerAccount.requestUnfreeze.mutationOptions({
      onSuccess: () => settled(text.requested),
      onError: (error) =>
        setFeedback({ tone: "error", text: unfreezeProblem(error, text) ?? problemText(error, locale) }),
    }),
  );

  if (pending.data) {
    return (
      <section data-testid="unfreeze" aria-label={text.heading}>
        <h3 style={{ fontSize: "0.9rem" }}>{text.heading}</h3>
        <PendingUnfreezeCard request={pending.data} onDecided={(message) => void settled(message)} />
        <p className={styles.hint}>
          <a href="/approvals">{text.toApprovals}</a>
        </p>
      </section>
    );
  }
  if (!frozen) return feedback ? <FeedbackLine feedback={feedback} /> : null;
  return (
    <section data-testid="unfreeze" aria-label={text.heading}>
      <h3 style={{ fontSize: "0.9rem" }}>{text.heading}</h3>
      <form
        className={styles.controls}
        onSubmit={(event) => {
          event.preventDefault();
          setFeedback(null);
          request.mutate({ customerId, ticketId, identityChecked: true, reason });
        }}
      >
        <label>
          <input
            type="checkbox"
            required
            checked={checked}
            onChange={(event) => setChecked(event.target.checked)}
          />{" "}
          {text.identityChecked}
        </label>
        <label>
          {text.reason}
          <textarea
            rows={3}
            required
            minLength={4}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <p className={styles.hint}>{text.reasonHint}</p>
        <p>
          <button type="submit" disabled={request.isPending || !checked || reason.trim().length < 4}>
            {text.request}
          </button>
        </p>
      </form>
      <FeedbackLine feedback={feedback} />
    </section>
  );
}
