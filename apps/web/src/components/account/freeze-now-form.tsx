"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import { localePath } from "@/i18n/locale-path";
import { authText } from "./auth-text";
import { fieldError, type FormState, idleForm } from "./form-state";
import { FormError } from "./text-field";

/** The signed-in freeze: one box to tick (it cannot be undone by the customer), then at once. */
export function FreezeNowForm({
  locale,
  action: serverAction,
}: {
  locale: Locale;
  action: (previous: FormState, form: FormData) => Promise<FormState>;
}) {
  const t = authText(locale).freeze;
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, idleForm);
  if (state.status === "done") {
    return (
      <div className="notice" data-tone="ok" role="status" data-testid="frozen">
        <h3>{t.frozenTitle}</h3>
        <ul>
          {t.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
        <p>
          <a href={localePath(locale, "/contact/login")}>{t.contact}</a>
        </p>
      </div>
    );
  }
  const understandError = fieldError(state, "understand");
  return (
    <form action={action} className="account-form" noValidate data-testid="freeze-now-form">
      <p>{t.signedInLead}</p>
      <FormError error={fieldError(state, "form")} />
      <input type="hidden" name="locale" value={locale} />
      <div className="account-field" data-invalid={understandError ? "true" : undefined}>
        <div className="account-check">
          <input
            id="freeze-understand"
            type="checkbox"
            name="understand"
            value="yes"
            required
            aria-invalid={understandError ? true : undefined}
            aria-describedby={understandError ? "freeze-understand-error" : undefined}
          />
          <label htmlFor="freeze-understand">{t.understand}</label>
        </div>
        {understandError && (
          <p id="freeze-understand-error" className="account-error">
            {understandError}
          </p>
        )}
      </div>
      <div className="account-actions">
        <button type="submit" className="button button-danger" disabled={pending}>
          {t.freezeNow}
        </button>
      </div>
    </form>
  );
}
