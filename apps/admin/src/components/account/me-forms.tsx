"use client";

import { useActionState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import type { RecoveryCodesState, StaffPasswordState, StaffSessionsState } from "@/app/me/me-actions";
import { fieldError, idleForm } from "./form-state";
import { meText } from "./me-text";
import { FormError, TextField } from "./text-field";

type Action<S> = (previous: S, form: FormData) => Promise<S>;

export function StaffPasswordForm({ action: serverAction }: { action: Action<StaffPasswordState> }) {
  const [state, action, pending] = useActionState<StaffPasswordState, FormData>(serverAction, idleForm);
  const revoked = state.data?.sessionsRevoked ?? 0;
  const text = meText[useConsoleLocale()];
  return (
    <form action={action} className="account-form" noValidate data-testid="password-change-form">
      {state.status === "done" && (
        <p className="notice" data-tone="ok" role="status">
          {text.passwordChanged}
          {revoked > 0 && text.othersSignedOut(revoked)}
        </p>
      )}
      <FormError error={fieldError(state, "form")} />
      <TextField
        id="password-current"
        name="currentPassword"
        label={text.currentPassword}
        type="password"
        autoComplete="current-password"
        error={fieldError(state, "currentPassword")}
        required
      />
      <TextField
        id="password-new"
        name="newPassword"
        label={text.newPassword}
        hint={text.newPasswordHint}
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
        <label htmlFor="password-sign-out-others">{text.signOutOthers}</label>
      </div>
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending}>
          {text.changePassword}
        </button>
      </div>
    </form>
  );
}

export function RecoveryCodesForm({ action: serverAction }: { action: Action<RecoveryCodesState> }) {
  const [state, action, pending] = useActionState<RecoveryCodesState, FormData>(serverAction, idleForm);
  const text = meText[useConsoleLocale()];
  if (state.status === "done" && state.data) {
    return (
      <div data-testid="recovery-codes-panel">
        <p className="notice" data-tone="ok" role="status">
          {text.codesIssued}
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
        label={text.codesPassword}
        type="password"
        autoComplete="current-password"
        error={fieldError(state, "password")}
        required
      />
      <div className="account-actions">
        <button type="submit" className="account-button account-button-secondary" disabled={pending}>
          {text.regenerate}
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
  const text = meText[useConsoleLocale()];
  return (
    <>
      {state.status === "done" && state.data && (
        <p className="notice" data-tone="ok" role="status">
          {state.data.all ? text.othersSignedOut(state.data.revoked) : text.chosenSignedOut}
        </p>
      )}
      <FormError error={fieldError(state, "form")} />
      <div className="account-table-wrap">
        <table className="account-table" data-testid="sessions">
          <caption className="account-visually-hidden">{text.sessionsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.device}</th>
              <th scope="col">{text.place}</th>
              <th scope="col">{text.signedInAt}</th>
              <th scope="col">{text.lastSeen}</th>
              <th scope="col">{text.actions}</th>
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
                        {text.thisDevice}
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
                        {text.signOutOne}
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
            {text.signOutAll}
          </button>
        </form>
      )}
    </>
  );
}
