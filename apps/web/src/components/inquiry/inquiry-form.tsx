"use client";

import { attachmentGuidanceFor, staffNeverAskNotice } from "@madoguchi/core/inquiry/subtype-guidance";
import { inquiryFormFor } from "@madoguchi/core/inquiry/inquiry-form";
import { inquiryIssues, inquirySchemaFor } from "@madoguchi/core/inquiry/inquiry-schema";
import { findInquirySecrets, type SecretFlag } from "@madoguchi/core/inquiry/inquiry-submission";
import type { Locale } from "@madoguchi/core/locale/locale";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { searchSessionId } from "@/components/search-session";
import { FieldControl } from "./field-control";
import { issueText } from "./issue-text";
import { inquiryText, problemText } from "./inquiry-text";
import { SecretWarning } from "./secret-warning";
import { checkFiles } from "./upload-checks";

export interface InquiryFormProps {
  type: TroubleType;
  subtype: string;
  locale: Locale;
  formKey: string;
  /** Filed without signing in: the address was proven by a code, which goes with the form. */
  anonymousEmail: string | null;
  initialValues: Record<string, string>;
  initialIssues: { field: string | null; messageKey: string }[];
  initialSecrets: { field: string; kinds: string[] }[];
  problem: string | null;
  /** The form came back from the server (without JavaScript): files must be chosen again. */
  returned: boolean;
  relatedTicket: string | null;
  limits: { today: string; now: string };
}

type Errors = Record<string, string>;

function errorsFrom(locale: Locale, issues: InquiryFormProps["initialIssues"]): Errors {
  const errors: Errors = {};
  for (const issue of issues)
    if (issue.field && !errors[issue.field]) errors[issue.field] = issueText(locale, issue.messageKey);
  return errors;
}

/**
 * The generated form of step 4. Without JavaScript it is a plain multipart POST to
 * /api/inquiries (the browser checks required fields and date limits; the server checks the
 * rest and sends the form back with errors). With JavaScript it checks every field with the
 * same core schema as the server, flags secrets as they are typed, checks files before sending,
 * and sends once per form instance (the key makes a retry safe).
 */
export function InquiryForm(props: InquiryFormProps) {
  const { type, subtype, locale, formKey, anonymousEmail } = props;
  const t = inquiryText(locale).form;
  const fields = useMemo(() => inquiryFormFor(type, subtype), [type, subtype]);
  const attachments = attachmentGuidanceFor(type, subtype);
  const formRef = useRef<HTMLFormElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  const [errors, setErrors] = useState<Errors>(() => errorsFrom(locale, props.initialIssues));
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [flags, setFlags] = useState<SecretFlag[]>([]);
  const [sendAnyway, setSendAnyway] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(problemText(locale, props.problem));
  const [submitting, setSubmitting] = useState(false);
  const [summary, setSummary] = useState(Object.keys(errors).length > 0);

  useEffect(() => setEnhanced(true), []);

  const values = (): Record<string, string> => {
    const data = new FormData(formRef.current ?? undefined);
    const result: Record<string, string> = {};
    for (const field of fields) {
      const value = data.get(field.key);
      if (typeof value === "string") result[field.key] = value;
    }
    return result;
  };

  const validate = (only?: Set<string>): Errors => {
    const parsed = inquirySchemaFor(type, subtype, { now: new Date() }).safeParse(values());
    const next: Errors = {};
    if (!parsed.success) {
      for (const issue of inquiryIssues(parsed.error)) {
        if (issue.field && !next[issue.field] && (!only || only.has(issue.field))) {
          next[issue.field] = issueText(locale, issue.messageKey);
        }
      }
    }
    return next;
  };

  const onBlur = (key: string) => () => {
    const seen = new Set(touched).add(key);
    setTouched(seen);
    setErrors(validate(seen));
  };

  const onFreeText = () => setFlags(findInquirySecrets(values()));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting || !formRef.current) return;
    const found = validate();
    const files = formRef.current.querySelector<HTMLInputElement>('input[type="file"]')?.files;
    const fileProblem = checkFiles(locale, files ? [...files] : []);
    setErrors(found);
    setFileError(fileProblem);
    setTouched(new Set(fields.map((f) => f.key)));
    const secretFlags = findInquirySecrets(values());
    setFlags(secretFlags);
    if (Object.keys(found).length > 0 || fileProblem) {
      setSummary(true);
      const first = fields.find((f) => found[f.key]);
      if (first) document.getElementById(`field-${first.key}`)?.focus();
      return;
    }
    setSummary(false);
    if (secretFlags.length > 0 && !sendAnyway) {
      document.getElementById(`field-${secretFlags[0]?.field}`)?.focus();
      return;
    }
    setSubmitting(true);
    setProblem(null);
    const data = new FormData(formRef.current);
    const session = searchSessionId();
    if (session) data.set("searchSessionId", session);
    try {
      const response = await fetch("/api/inquiries", {
        method: "POST",
        body: data,
        headers: { Accept: "application/json" },
      });
      const body = (await response.json()) as {
        ok: boolean;
        receiptUrl?: string;
        problem?: string;
        issues?: { field: string | null; messageKey: string }[];
        secrets?: SecretFlag[];
      };
      if (body.ok && body.receiptUrl) {
        window.location.assign(body.receiptUrl);
        return;
      }
      if (body.issues) {
        setErrors(errorsFrom(locale, body.issues));
        setSummary(true);
      } else if (body.secrets) {
        setFlags(body.secrets);
      } else {
        setProblem(problemText(locale, body.problem));
      }
    } catch {
      setProblem(t.networkError);
    }
    setSubmitting(false);
  }

  const flagsOf = (key: string) =>
    flags.find((flag) => flag.field === key)?.kinds ??
    (props.initialSecrets.find((flag) => flag.field === key)?.kinds as SecretFlag["kinds"] | undefined) ??
    [];
  const errorList = fields.filter((f) => errors[f.key]);

  return (
    <form
      ref={formRef}
      method="post"
      action="/api/inquiries"
      encType="multipart/form-data"
      noValidate={enhanced}
      onSubmit={onSubmit}
      className="inquiry-form"
      data-testid="inquiry-form"
    >
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="subtype" value={subtype} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="formKey" value={formKey} />
      {props.relatedTicket && <input type="hidden" name="relatedTicket" value={props.relatedTicket} />}

      {problem && (
        <p className="notice" data-tone="danger" role="alert">
          {problem}
        </p>
      )}
      {summary && (errorList.length > 0 || errors.code) && (
        <div className="notice" data-tone="danger" role="alert" data-testid="error-summary">
          <p>{t.errorSummary}</p>
          <ul>
            {errorList.map((f) => (
              <li key={f.key}>
                <a href={`#field-${f.key}`}>{f.label[locale]}</a>：{errors[f.key]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.initialSecrets.length > 0 && (
        <p className="notice" data-tone="warning" role="status">
          {t.secretsRemoved}
        </p>
      )}

      {fields.map((field) => {
        const kinds = field.input === "textarea" ? flagsOf(field.key) : [];
        const isEmail = anonymousEmail !== null && field.key === "registeredEmail";
        return (
          <FieldControl
            key={field.key}
            field={field}
            locale={locale}
            defaultValue={isEmail ? anonymousEmail : (props.initialValues[field.key] ?? "")}
            error={errors[field.key] ?? null}
            limits={props.limits}
            readOnly={isEmail}
            onBlur={onBlur(field.key)}
            onInput={field.input === "textarea" ? onFreeText : undefined}
          >
            {kinds.length > 0 && <SecretWarning locale={locale} kinds={kinds} />}
          </FieldControl>
        );
      })}

      {anonymousEmail !== null && (
        <div className="inquiry-field" data-field="code" data-invalid={errors.code ? "true" : undefined}>
          <label htmlFor="field-code">
            {inquiryText(locale).code.codeLabel}{" "}
            <span className="badge" data-tone="danger">
              {t.required}
            </span>
          </label>
          <div className="inquiry-field-body">
            <div className="inquiry-field-input">
              <input
                id="field-code"
                name="code"
                required
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={12}
                aria-invalid={errors.code ? true : undefined}
                aria-describedby={`field-code-help${errors.code ? " field-code-error" : ""}`}
              />
              {errors.code && (
                <p id="field-code-error" className="field-error">
                  {errors.code}
                </p>
              )}
            </div>
            <p id="field-code-help" className="field-tip">
              {inquiryText(locale).code.codeHelp}
            </p>
          </div>
        </div>
      )}

      {attachments.advice !== "none" && (
        <div className="inquiry-field" data-field="files" data-invalid={fileError ? "true" : undefined}>
          <label htmlFor="field-files">
            {t.attachments}{" "}
            <span className="badge" data-tone={attachments.advice === "recommended" ? "warning" : undefined}>
              {attachments.advice === "recommended" ? t.recommended : t.optional}
            </span>
          </label>
          <div className="inquiry-field-body">
            <div className="inquiry-field-input">
              <input
                id="field-files"
                type="file"
                name="files"
                multiple
                accept="image/png,image/jpeg,image/heic,image/heif,application/pdf,.heic,.heif"
                aria-describedby={`field-files-help${fileError ? " field-files-error" : ""}`}
                onChange={(event) => setFileError(checkFiles(locale, [...(event.currentTarget.files ?? [])]))}
              />
              {fileError && (
                <p id="field-files-error" className="field-error">
                  {fileError}
                </p>
              )}
              {props.returned && <p className="muted">{t.reattach}</p>}
            </div>
            <p id="field-files-help" className="field-tip">
              {attachments.hint[locale]} {t.attachmentsHelp}
            </p>
          </div>
        </div>
      )}

      <p className="notice" data-tone="warning">
        {staffNeverAskNotice[locale]}
      </p>
      {flags.length > 0 && (
        <label className="send-anyway">
          <input
            type="checkbox"
            name="sendDespiteSecrets"
            checked={sendAnyway}
            onChange={(event) => setSendAnyway(event.currentTarget.checked)}
          />{" "}
          {t.sendAnyway}
        </label>
      )}
      <p>
        <button type="submit" className="button" disabled={submitting} aria-busy={submitting || undefined}>
          {submitting ? t.submitting : t.submit}
        </button>
      </p>
    </form>
  );
}
