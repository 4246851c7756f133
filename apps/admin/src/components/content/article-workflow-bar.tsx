"use client";

import type { ArticleAction } from "@madoguchi/core/knowledge-base/article-workflow";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { useTRPC } from "@/trpc/client";
import { contentEditorText } from "./content-editor-text";
import {
  articleActionLabel,
  contentLabels,
  errorMessage,
  formatDateTime,
  fromJstInput,
  toJstInput,
} from "./content-labels";
import "./content.css";

type StatusAction = keyof typeof articleActionLabel;

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
  const locale = useConsoleLocale();
  const t = contentEditorText[locale].workflow;
  const labels = contentLabels[locale];
  const confirmations: Partial<Record<StatusAction, string>> = {
    unpublish: t.confirmUnpublish,
    archive: t.confirmArchive,
  };
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
      setMessage({ tone: "ok", text: labels.articleActionDone[action] });
    } catch (error) {
      setMessage({ tone: "danger", text: errorMessage(error, locale) });
    }
  }

  async function setSchedule(at: Date | null) {
    setMessage(null);
    try {
      await schedule.mutateAsync({ id: articleId, at });
      setMessage({
        tone: "ok",
        text: at ? t.scheduled(formatDateTime(at, locale)) : t.unscheduled,
      });
    } catch (error) {
      setMessage({ tone: "danger", text: errorMessage(error, locale) });
    }
  }

  const statusActions = (Object.keys(articleActionLabel) as StatusAction[]).filter((action) =>
    actions.includes(action),
  );
  return (
    <section className="content-panel" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t.title}</h2>
      {statusActions.length === 0 && !actions.includes("schedule") && <p className="muted">{t.nothing}</p>}
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
            {labels.articleAction[action]}
          </button>
        ))}
      </div>
      {(actions.includes("schedule") || scheduledAt) && (
        <div className="content-form" style={{ marginTop: "1rem" }}>
          <div className="content-field">
            <label htmlFor={inputId}>{t.scheduleAt}</label>
            <input
              id={inputId}
              type="datetime-local"
              value={when}
              onChange={(event) => setWhen(event.target.value)}
              disabled={!actions.includes("schedule")}
            />
            {scheduledAt && <small>{t.current(formatDateTime(scheduledAt, locale))}</small>}
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
                  if (!at) setMessage({ tone: "danger", text: t.badDate });
                  else void setSchedule(at);
                }}
              >
                {t.schedule}
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
                {t.cancel}
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
