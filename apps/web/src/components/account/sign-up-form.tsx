"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import { type SignUpState, signUpAction } from "@/app/[locale]/sign-up/sign-up-action";
import { authText } from "./auth-text";
import { fieldError, idleForm } from "./form-state";
import { FormError, TextField } from "./text-field";

export function SignUpForm({ locale }: { locale: Locale }) {
  const t = authText(locale);
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, idleForm);
  if (state.status === "done" && state.data) {
    return (
      <section className="notice" data-tone="ok" role="status" data-testid="sign-up-done">
        <h2>{t.signUp.doneTitle}</h2>
        <p>{t.signUp.done(state.data.email)}</p>
        <p>{t.signUp.doneExisting}</p>
        <p>{t.signUp.doneSpam}</p>
      </section>
    );
  }
  return (
    <form action={action} className="account-form" noValidate data-testid="sign-up-form">
      <p>{t.signUp.lead}</p>
      <FormError error={fieldError(state, "form")} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="sign-up-email"
        name="email"
        label={t.fields.email}
        type="email"
        autoComplete="email"
        inputMode="email"
        maxLength={254}
        defaultValue={state.values.email}
        error={fieldError(state, "email")}
        required
      />
      <TextField
        id="sign-up-password"
        name="password"
        label={t.fields.password}
        hint={t.hints.newPassword}
        type="password"
        autoComplete="new-password"
        maxLength={256}
        error={fieldError(state, "password")}
        required
      />
      <TextField
        id="sign-up-name"
        name="fullName"
        label={t.fields.fullName}
        hint={t.hints.fullName}
        autoComplete="name"
        maxLength={100}
        defaultValue={state.values.fullName}
        error={fieldError(state, "fullName")}
        required
      />
      <TextField
        id="sign-up-date-of-birth"
        name="dateOfBirth"
        label={t.fields.dateOfBirth}
        hint={t.hints.dateOfBirth}
        type="date"
        autoComplete="bday"
        min="1900-01-01"
        defaultValue={state.values.dateOfBirth}
        error={fieldError(state, "dateOfBirth")}
      />
      <div className="account-actions">
        <button type="submit" className="button" disabled={pending}>
          {t.signUp.submit}
        </button>
      </div>
    </form>
  );
}
