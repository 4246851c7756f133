"use client";

import { useActionState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { accountText } from "./account-text";
import { fieldError, type FormState, idleForm } from "./form-state";
import { FormError } from "./text-field";

export function UnlockForm({
  action: serverAction,
  token,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  token: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, idleForm);
  const text = accountText[useConsoleLocale()].unlock;
  if (state.status === "done") {
    return (
      <div className="notice" data-tone="ok" role="status" data-testid="link-done">
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
    <form action={action} className="account-form" data-testid="link-form">
      <FormError error={fieldError(state, "form")} />
      <p>{text.lead}</p>
      <input type="hidden" name="token" value={token} />
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending}>
          {text.submit}
        </button>
      </div>
    </form>
  );
}
