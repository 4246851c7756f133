"use client";

import { useActionState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { accountText } from "./account-text";
import { fieldError, type FormState, idleForm } from "./form-state";
import { FormError, TextField } from "./text-field";

export function InviteForm({
  action: serverAction,
  token,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  token: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, idleForm);
  const text = accountText[useConsoleLocale()].invite;
  if (state.status === "done") {
    return (
      <div className="notice" data-tone="ok" role="status" data-testid="invite-done">
        <p>{text.done}</p>
        <p>
          <a className="account-button" href="/sign-in">
            {text.signIn}
          </a>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="account-form" noValidate data-testid="invite-form">
      <p>{text.lead}</p>
      <FormError error={fieldError(state, "form")} />
      <input type="hidden" name="token" value={token} />
      <TextField
        id="invite-password"
        name="password"
        label={text.password}
        hint={text.passwordHint}
        type="password"
        autoComplete="new-password"
        maxLength={256}
        error={fieldError(state, "password")}
        required
      />
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending}>
          {text.submit}
        </button>
      </div>
    </form>
  );
}
