"use client";

import { useActionState } from "react";
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
  if (state.status === "done") {
    return (
      <div className="notice" data-tone="ok" role="status" data-testid="link-done">
        <p>
          ロックを解除しました。サインインできます。身に覚えのない失敗が続いていた場合は、管理者に連絡してください。
        </p>
        <p>
          <a className="account-button" href="/sign-in">
            サインインする
          </a>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="account-form" data-testid="link-form">
      <FormError error={fieldError(state, "form")} />
      <p>下のボタンを押すと、担当者アカウントのロックを解除します。</p>
      <input type="hidden" name="token" value={token} />
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending}>
          ロックを解除する
        </button>
      </div>
    </form>
  );
}
