"use client";

import { useActionState } from "react";
import type { RecoveryCodesState, StaffPasswordState, StaffSessionsState } from "@/app/me/me-actions";
import { fieldError, idleForm } from "./form-state";
import { FormError, TextField } from "./text-field";

type Action<S> = (previous: S, form: FormData) => Promise<S>;

export function StaffPasswordForm({ action: serverAction }: { action: Action<StaffPasswordState> }) {
  const [state, action, pending] = useActionState<StaffPasswordState, FormData>(serverAction, idleForm);
  const revoked = state.data?.sessionsRevoked ?? 0;
  return (
    <form action={action} className="account-form" noValidate data-testid="password-change-form">
      {state.status === "done" && (
        <p className="notice" data-tone="ok" role="status">
          パスワードを変更しました。{revoked > 0 && `ほかの${revoked}件の端末からサインアウトしました。`}
        </p>
      )}
      <FormError error={fieldError(state, "form")} />
      <TextField
        id="password-current"
        name="currentPassword"
        label="現在のパスワード"
        type="password"
        autoComplete="current-password"
        error={fieldError(state, "currentPassword")}
        required
      />
      <TextField
        id="password-new"
        name="newPassword"
        label="新しいパスワード"
        hint="10文字以上。よく使われるものや、氏名・メールアドレスを含むものは使えません。"
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
        <label htmlFor="password-sign-out-others">
          ほかの端末やブラウザからもサインアウトする（おすすめ）
        </label>
      </div>
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending}>
          パスワードを変更する
        </button>
      </div>
    </form>
  );
}

export function RecoveryCodesForm({ action: serverAction }: { action: Action<RecoveryCodesState> }) {
  const [state, action, pending] = useActionState<RecoveryCodesState, FormData>(serverAction, idleForm);
  if (state.status === "done" && state.data) {
    return (
      <div data-testid="recovery-codes-panel">
        <p className="notice" data-tone="ok" role="status">
          新しいリカバリーコードを発行しました。これまでのコードは使えません。表示されるのは今回だけです。
        </p>
        <ol className="account-codes" data-testid="recovery-codes">
          {state.data.codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
      </div>
    );
  }
  return (
    <form action={action} className="account-form" noValidate data-testid="recovery-codes-form">
      <FormError error={fieldError(state, "form")} />
      <TextField
        id="recovery-password"
        name="password"
        label="現在のパスワード（リカバリーコードの再発行）"
        type="password"
        autoComplete="current-password"
        error={fieldError(state, "password")}
        required
      />
      <div className="account-actions">
        <button type="submit" className="account-button account-button-secondary" disabled={pending}>
          リカバリーコードを作り直す
        </button>
      </div>
    </form>
  );
}

export interface StaffSessionRow {
  id: string;
  device: string;
  place: string;
  signedInAt: string;
  lastSeen: string;
  current: boolean;
}

export function StaffSessionsPanel({
  sessions,
  action: serverAction,
}: {
  sessions: readonly StaffSessionRow[];
  action: Action<StaffSessionsState>;
}) {
  const [state, action, pending] = useActionState<StaffSessionsState, FormData>(serverAction, idleForm);
  const others = sessions.filter((session) => !session.current).length;
  return (
    <>
      {state.status === "done" && state.data && (
        <p className="notice" data-tone="ok" role="status">
          {state.data.all
            ? `ほかの${state.data.revoked}件の端末からサインアウトしました。`
            : "選んだ端末をサインアウトさせました。"}
        </p>
      )}
      <FormError error={fieldError(state, "form")} />
      <div className="account-table-wrap">
        <table className="account-table" data-testid="sessions">
          <caption className="account-visually-hidden">サインイン中の端末の一覧</caption>
          <thead>
            <tr>
              <th scope="col">端末</th>
              <th scope="col">場所</th>
              <th scope="col">サインイン日時</th>
              <th scope="col">最終アクセス</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <td>
                  {session.device}
                  {session.current && (
                    <>
                      {" "}
                      <span className="account-badge" data-tone="ok">
                        この端末
                      </span>
                    </>
                  )}
                </td>
                <td>{session.place}</td>
                <td>{session.signedInAt}</td>
                <td>{session.lastSeen}</td>
                <td>
                  {!session.current && (
                    <form action={action}>
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="sessionId" value={session.id} />
                      <button
                        type="submit"
                        className="account-button account-button-secondary account-button-small"
                        disabled={pending}
                      >
                        サインアウトさせる
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {others > 0 && (
        <form action={action} className="account-actions">
          <input type="hidden" name="intent" value="revokeAll" />
          <button type="submit" className="account-button account-button-danger" disabled={pending}>
            ほかのすべての端末からサインアウトする
          </button>
        </form>
      )}
    </>
  );
}
