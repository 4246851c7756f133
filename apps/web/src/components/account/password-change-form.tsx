"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import {
  type PasswordChangeState,
  changePasswordAction,
} from "@/app/[locale]/account/security/security-actions";
import { accountPageText } from "./account-page-text";
import { authText } from "./auth-text";
import { fieldError, idleForm } from "./form-state";
import { FormError, TextField } from "./text-field";

/** The current password, a new one, and "sign out everywhere else" ticked by default. */
export function PasswordChangeForm({ locale }: { locale: Locale }) {
  const t = accountPageText(locale).password;
  const [state, action, pending] = useActionState<PasswordChangeState, FormData>(
    changePasswordAction,
    idleForm,
  );
  const revoked = state.data?.sessionsRevoked ?? 0;
  return (
    <form action={action} className="account-form" noValidate data-testid="password-change-form">
      {state.status === "done" && (
        <p className="notice" data-tone="ok" role="status">
          {t.done} {revoked > 0 && t.doneOthers(revoked)}
        </p>
      )}
      <FormError error={fieldError(state, "form")} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="password-current"
        name="currentPassword"
        label={t.current}
        type="password"
        autoComplete="current-password"
        error={fieldError(state, "currentPassword")}
        required
      />
      <TextField
        id="password-new"
        name="newPassword"
        label={t.next}
        hint={authText(locale).hints.newPassword}
        type="password"
        autoComplete="new-password"
        maxLength={256}
        error={fieldError(state, "newPassword")}
        required
      />
      <div className="account-check">
        <input
          id="password-sign-out-others"
          type="checkbox"
          name="signOutOthers"
          value="yes"
          defaultChecked
        />
        <label htmlFor="password-sign-out-others">{t.signOutOthers}</label>
      </div>
      <div className="account-actions">
        <button type="submit" className="button" disabled={pending}>
          {t.submit}
        </button>
      </div>
    </form>
  );
}
