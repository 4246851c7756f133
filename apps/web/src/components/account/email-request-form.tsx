"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import { authText } from "./auth-text";
import { type FormState, fieldError, idleForm } from "./form-state";
import { FormError, TextField } from "./text-field";

export type EmailRequestState = FormState<{ email: string }>;

/**
 * One address, then "if it has an account, we sent a link": the password reset and the freeze
 * by email. Works without JavaScript.
 */
export function EmailRequestForm({
  locale,
  flow,
  action: serverAction,
}: {
  locale: Locale;
  flow: "forgot" | "freeze";
  action: (previous: EmailRequestState, form: FormData) => Promise<EmailRequestState>;
}) {
  const t = authText(locale);
  const [state, action, pending] = useActionState<EmailRequestState, FormData>(serverAction, idleForm);
  const text =
    flow === "forgot"
      ? { label: t.fields.email, submit: t.forgot.submit, done: t.forgot.done, after: t.forgot.doneNoMail }
      : { label: t.freeze.emailLabel, submit: t.freeze.send, done: t.freeze.sent, after: t.freeze.emailLost };
  if (state.status === "done" && state.data) {
    return (
      <div className="notice" data-tone="ok" role="status" data-testid="email-sent">
        <p>{text.done(state.data.email)}</p>
        <p>{text.after}</p>
      </div>
    );
  }
  return (
    <form action={action} className="account-form" noValidate data-testid={`${flow}-form`}>
      <FormError error={fieldError(state, "form")} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id={`${flow}-email`}
        name="email"
        label={text.label}
        type="email"
        autoComplete="email"
        inputMode="email"
        maxLength={254}
        defaultValue={state.values.email}
        error={fieldError(state, "email")}
        required
      />
      <div className="account-actions">
        <button type="submit" className="button" disabled={pending}>
          {text.submit}
        </button>
      </div>
    </form>
  );
}
