"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import {
  type EmailChangeState,
  requestEmailChangeAction,
  resendVerificationAction,
  updateProfileAction,
} from "@/app/[locale]/account/profile-actions";
import { accountPageText } from "./account-page-text";
import { fieldError, type FormState, idleForm } from "./form-state";
import { FormError, TextField } from "./text-field";

export interface ProfileValues {
  fullName: string;
  dateOfBirth: string;
  emailLocale: Locale;
}

export function ProfileForm({
  locale,
  profile,
  today,
}: {
  locale: Locale;
  profile: ProfileValues;
  today: string;
}) {
  const t = accountPageText(locale).profile;
  const [state, action, pending] = useActionState<FormState, FormData>(updateProfileAction, idleForm);
  const value = (name: keyof ProfileValues) => state.values[name] ?? profile[name];
  return (
    <form action={action} className="account-form" noValidate data-testid="profile-form">
      {state.status === "done" && (
        <p className="notice" data-tone="ok" role="status">
          {t.saved}
        </p>
      )}
      <FormError error={fieldError(state, "form")} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="profile-name"
        name="fullName"
        label={t.fullName}
        autoComplete="name"
        maxLength={100}
        defaultValue={value("fullName")}
        error={fieldError(state, "fullName")}
        required
      />
      <TextField
        id="profile-date-of-birth"
        name="dateOfBirth"
        label={t.dateOfBirth}
        hint={t.dateOfBirthHint}
        type="date"
        autoComplete="bday"
        min="1900-01-01"
        max={today}
        defaultValue={value("dateOfBirth")}
        error={fieldError(state, "dateOfBirth")}
      />
      <div className="account-field">
        <label htmlFor="profile-language">{t.language}</label>
        <select id="profile-language" name="emailLocale" defaultValue={value("emailLocale")}>
          <option value="ja" lang="ja">
            {t.languages.ja}
          </option>
          <option value="en" lang="en">
            {t.languages.en}
          </option>
        </select>
      </div>
      <div className="account-actions">
        <button type="submit" className="button" disabled={pending}>
          {t.save}
        </button>
      </div>
    </form>
  );
}

export function EmailChangeForm({ locale }: { locale: Locale }) {
  const t = accountPageText(locale).email;
  const [state, action, pending] = useActionState<EmailChangeState, FormData>(
    requestEmailChangeAction,
    idleForm,
  );
  return (
    <form action={action} className="account-form" noValidate data-testid="email-change-form">
      {state.status === "done" && state.data && (
        <p className="notice" data-tone="ok" role="status">
          {t.sent(state.data.email)}
        </p>
      )}
      <FormError error={fieldError(state, "form")} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="email-change-new"
        name="newEmail"
        label={t.newEmail}
        type="email"
        autoComplete="email"
        inputMode="email"
        maxLength={254}
        defaultValue={state.status === "done" ? "" : state.values.newEmail}
        error={fieldError(state, "newEmail")}
        required
      />
      <TextField
        id="email-change-password"
        name="password"
        label={t.password}
        hint={t.passwordHint}
        type="password"
        autoComplete="current-password"
        error={fieldError(state, "password")}
        required
      />
      <div className="account-actions">
        <button type="submit" className="button" disabled={pending}>
          {t.submit}
        </button>
      </div>
    </form>
  );
}

export function ResendVerificationForm({ locale }: { locale: Locale }) {
  const t = accountPageText(locale).unverified;
  const [state, action, pending] = useActionState<FormState, FormData>(resendVerificationAction, idleForm);
  return (
    <form action={action} data-testid="resend-verification">
      <input type="hidden" name="locale" value={locale} />
      {state.status === "done" ? (
        <p role="status">{t.resent}</p>
      ) : (
        <>
          <FormError error={fieldError(state, "form")} />
          <button type="submit" className="button button-secondary" disabled={pending}>
            {t.resend}
          </button>
        </>
      )}
    </form>
  );
}
