"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import {
  type ResetPasswordState,
  resetPasswordAction,
} from "@/app/[locale]/reset-password/reset-password-action";
import { localePath } from "@/i18n/locale-path";
import { authText } from "./auth-text";
import { fieldError, idleForm } from "./form-state";
import { FormError, TextField } from "./text-field";

export function ResetPasswordForm({ locale, token }: { locale: Locale; token: string }) {
  const t = authText(locale);
  const [state, action, pending] = useActionState<ResetPasswordState, FormData>(
    resetPasswordAction,
    idleForm,
  );
  if (state.status === "done") {
    return (
      <div className="notice" data-tone="ok" role="status" data-testid="reset-done">
        <p>{t.reset.done}</p>
        <p>
          <a className="button" href={localePath(locale, "/sign-in")}>
            {t.links.toSignIn}
          </a>
        </p>
      </div>
    );
  }
  const formError = fieldError(state, "form");
  return (
    <form action={action} className="account-form" noValidate data-testid="reset-password-form">
      <p>{t.reset.lead}</p>
      <FormError error={formError} />
      {formError && (
        <p>
          <a href={localePath(locale, "/forgot-password")}>{t.reset.again}</a>
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <TextField
        id="reset-password"
        name="password"
        label={t.fields.newPassword}
        hint={t.hints.newPassword}
        type="password"
        autoComplete="new-password"
        maxLength={256}
        error={fieldError(state, "password")}
        required
      />
      <div className="account-actions">
        <button type="submit" className="button" disabled={pending}>
          {t.reset.submit}
        </button>
      </div>
    </form>
  );
}
