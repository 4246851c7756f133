"use client";

import { useActionState } from "react";
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
  if (state.status === "done") {
    return (
      <div className="notice" data-tone="ok" role="status" data-testid="invite-done">
        <p>パスワードを設定しました。サインインすると、続けて二段階認証を設定します。</p>
        <p>
          <a className="account-button" href="/sign-in">
            サインインする
          </a>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="account-form" noValidate data-testid="invite-form">
      <p>管理コンソールで使うパスワードを設定してください。</p>
      <FormError error={fieldError(state, "form")} />
      <input type="hidden" name="token" value={token} />
      <TextField
        id="invite-password"
        name="password"
        label="新しいパスワード"
        hint="10文字以上。よく使われるものや、氏名・メールアドレスを含むものは使えません。"
        type="password"
        autoComplete="new-password"
        maxLength={256}
        error={fieldError(state, "password")}
        required
      />
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending}>
          パスワードを設定する
        </button>
      </div>
    </form>
  );
}
