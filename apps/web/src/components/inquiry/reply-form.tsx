"use client";

import { staffNeverAskNotice } from "@madoguchi/core/inquiry/subtype-guidance";
import type { Locale } from "@madoguchi/core/locale/locale";
import { detectSecrets } from "@madoguchi/core/secrets/detect-secrets";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { inquiryText, problemText } from "./inquiry-text";
import { SecretWarning } from "./secret-warning";
import { checkFiles } from "./upload-checks";

export interface ReplyFormProps {
  locale: Locale;
  number: string;
  formKey: string;
  initialBody: string;
  initialSecrets: string[];
  problem: string | null;
}

/**
 * A reply with attachments: a plain multipart POST without JavaScript; with it, secrets are
 * flagged as they are typed and files checked before sending, once per form instance.
 */
export function ReplyForm({
  locale,
  number,
  formKey,
  initialBody,
  initialSecrets,
  problem: initialProblem,
}: ReplyFormProps) {
  const t = inquiryText(locale);
  const formRef = useRef<HTMLFormElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  const [kinds, setKinds] = useState<string[]>([]);
  const [sendAnyway, setSendAnyway] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(problemText(locale, initialProblem));
  const [submitting, setSubmitting] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const action = `/api/inquiries/${encodeURIComponent(number)}/messages?locale=${locale}`;

  const bodyOf = () => String(new FormData(formRef.current ?? undefined).get("body") ?? "");
  const scan = () => setKinds([...new Set(detectSecrets(bodyOf()).map((finding) => finding.kind))]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting || !formRef.current) return;
    const body = bodyOf().trim();
    const files = [...(formRef.current.querySelector<HTMLInputElement>('input[type="file"]')?.files ?? [])];
    const fileProblem = checkFiles(locale, files);
    setError(body ? null : problemText(locale, "ticket.reply.empty"));
    setProblem(fileProblem);
    if (!body || fileProblem) return;
    const found = [...new Set(detectSecrets(body).map((finding) => finding.kind))];
    setKinds(found);
    if (found.length > 0 && !sendAnyway) return;
    setSubmitting(true);
    try {
      const response = await fetch(action, {
        method: "POST",
        body: new FormData(formRef.current),
        headers: { Accept: "application/json" },
      });
      const answer = (await response.json()) as {
        ok: boolean;
        problem?: string;
        secrets?: { kinds: string[] }[];
      };
      if (answer.ok) {
        window.location.assign(`${window.location.pathname}?replied=1`);
        return;
      }
      if (answer.secrets) setKinds(answer.secrets.flatMap((s) => s.kinds));
      else setProblem(problemText(locale, answer.problem));
    } catch {
      setProblem(t.form.networkError);
    }
    setSubmitting(false);
  }

  const shown = kinds.length > 0 ? kinds : initialSecrets;
  return (
    <form
      ref={formRef}
      method="post"
      action={action}
      encType="multipart/form-data"
      noValidate={enhanced}
      onSubmit={onSubmit}
      className="inquiry-form"
      data-testid="reply-form"
    >
      <input type="hidden" name="formKey" value={formKey} />
      {problem && (
        <p className="notice" data-tone="danger" role="alert">
          {problem}
        </p>
      )}
      {initialSecrets.length > 0 && (
        <p className="notice" data-tone="warning">
          {t.form.secretsRemoved}
        </p>
      )}
      <div className="inquiry-field" data-invalid={error ? "true" : undefined}>
        <label htmlFor="reply-body">{t.detail.replyLabel}</label>
        <div className="inquiry-field-input">
          <textarea
            id="reply-body"
            name="body"
            rows={6}
            required
            maxLength={5000}
            defaultValue={initialBody}
            onInput={scan}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "reply-body-error" : undefined}
          />
          {error && (
            <p id="reply-body-error" className="field-error">
              {error}
            </p>
          )}
          {shown.length > 0 && <SecretWarning locale={locale} kinds={shown} />}
        </div>
      </div>
      <div className="inquiry-field">
        <label htmlFor="reply-files">
          {t.form.attachments} <span className="badge">{t.form.optional}</span>
        </label>
        <div className="inquiry-field-input">
          <input
            id="reply-files"
            type="file"
            name="files"
            multiple
            accept="image/png,image/jpeg,image/heic,image/heif,application/pdf,.heic,.heif"
            aria-describedby="reply-files-help"
          />
          <p id="reply-files-help" className="field-tip">
            {t.form.attachmentsHelp}
          </p>
        </div>
      </div>
      <p className="muted">{staffNeverAskNotice[locale]}</p>
      {kinds.length > 0 && (
        <label className="send-anyway">
          <input
            type="checkbox"
            name="sendDespiteSecrets"
            checked={sendAnyway}
            onChange={(e) => setSendAnyway(e.currentTarget.checked)}
          />{" "}
          {t.form.sendAnyway}
        </label>
      )}
      <p>
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t.form.submitting : t.detail.replySend}
        </button>
      </p>
    </form>
  );
}
