"use client";

import type { ArticleAction } from "@madoguchi/core/knowledge-base/article-workflow";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "@/trpc/client";
import {
  articleActionDone,
  articleActionLabel,
  errorMessage,
  formatDateTime,
  fromJstInput,
  toJstInput,
} from "./content-labels";
import "./content.css";

type StatusAction = keyof typeof articleActionLabel;

const confirmations: Partial<Record<StatusAction, string>> = {
  unpublish: "公開を停止すると、ヘルプセンターに表示されなくなります。よろしいですか？",
  archive: "アーカイブすると、ヘルプセンターに表示されず、編集もできなくなります。よろしいですか？",
};

/**
 * The workflow buttons the API says this staff member may use on this article now (core's
 * table decides; nothing here re-implements it), and scheduled publishing in Japan time.
 */
export function ArticleWorkflowBar({
  articleId,
  actions,
  scheduledAt,
}: {
  articleId: string;
  actions: ArticleAction[];
  scheduledAt: Date | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const inputId = useId();
  const [message, setMessage] = useState<{ tone: "ok" | "danger"; text: string } | null>(null);
  const [when, setWhen] = useState(() => toJstInput(scheduledAt ?? new Date(Date.now() + 24 * 3_600_000)));
  const options = { onSuccess: () => router.refresh() };
  const mutations = {
    submit_for_review: useMutation(trpc.articles.submitForReview.mutationOptions(options)),
    return_to_draft: useMutation(trpc.articles.returnToDraft.mutationOptions(options)),
    publish: useMutation(trpc.articles.publish.mutationOptions(options)),
    unpublish: useMutation(trpc.articles.unpublish.mutationOptions(options)),
    archive: useMutation(trpc.articles.archive.mutationOptions(options)),
  } satisfies Record<StatusAction, unknown>;
  const schedule = useMutation(trpc.articles.schedule.mutationOptions(options));
  const busy = Object.values(mutations).some((m) => m.isPending) || schedule.isPending;

  async function run(action: StatusAction) {
    const question = confirmations[action];
    if (question && !window.confirm(question)) return;
    setMessage(null);
    try {
      await mutations[action].mutateAsync({ id: articleId });
      setMessage({ tone: "ok", text: articleActionDone[action] });
    } catch (error) {
      setMessage({ tone: "danger", text: errorMessage(error) });
    }
  }

  async function setSchedule(at: Date | null) {
    setMessage(null);
    try {
      await schedule.mutateAsync({ id: articleId, at });
      setMessage({
        tone: "ok",
        text: at ? `${formatDateTime(at)} に公開を予約しました。` : "公開予約を取り消しました。",
      });
    } catch (error) {
      setMessage({ tone: "danger", text: errorMessage(error) });
    }
  }

  const statusActions = (Object.keys(articleActionLabel) as StatusAction[]).filter((action) =>
    actions.includes(action),
  );
  return (
    <section className="content-panel" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>公開の手続き</h2>
      {statusActions.length === 0 && !actions.includes("schedule") && (
        <p className="muted">この記事に対して行える操作はありません。</p>
      )}
      <div className="content-actions">
        {statusActions.map((action) => (
          <button
            key={action}
            type="button"
            className="content-button"
            data-variant={
              action === "publish"
                ? undefined
                : action === "archive" || action === "unpublish"
                  ? "danger"
                  : "secondary"
            }
            disabled={busy}
            onClick={() => run(action)}
          >
            {articleActionLabel[action]}
          </button>
        ))}
      </div>
      {(actions.includes("schedule") || scheduledAt) && (
        <div className="content-form" style={{ marginTop: "1rem" }}>
          <div className="content-field">
            <label htmlFor={inputId}>公開予約（日本時間）</label>
            <input
              id={inputId}
              type="datetime-local"
              value={when}
              onChange={(event) => setWhen(event.target.value)}
              disabled={!actions.includes("schedule")}
            />
            {scheduledAt && <small>現在の予約: {formatDateTime(scheduledAt)}</small>}
          </div>
          <div className="content-actions">
            {actions.includes("schedule") && (
              <button
                type="button"
                className="content-button"
                data-variant="secondary"
                disabled={busy}
                onClick={() => {
                  const at = fromJstInput(when);
                  if (!at) setMessage({ tone: "danger", text: "日時を正しく入力してください。" });
                  else void setSchedule(at);
                }}
              >
                この日時に公開を予約する
              </button>
            )}
            {scheduledAt && actions.includes("schedule") && (
              <button
                type="button"
                className="content-button"
                data-variant="danger"
                disabled={busy}
                onClick={() => setSchedule(null)}
              >
                予約を取り消す
              </button>
            )}
          </div>
        </div>
      )}
      <div aria-live="polite">
        {message && (
          <p
            className="content-message"
            data-tone={message.tone}
            role={message.tone === "danger" ? "alert" : undefined}
          >
            {message.text}
          </p>
        )}
      </div>
    </section>
  );
}
