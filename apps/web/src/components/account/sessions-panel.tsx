"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import { type SessionsState, sessionsAction } from "@/app/[locale]/account/security/security-actions";
import { accountPageText } from "./account-page-text";
import { fieldError, idleForm } from "./form-state";
import { FormError } from "./text-field";

/** One signed-in device, its dates already in Japan time. */
export interface SessionRow {
  id: string;
  device: string;
  place: string;
  ip: string;
  signedInAt: string;
  lastSeen: string;
  current: boolean;
}

export function SessionsPanel({ locale, sessions }: { locale: Locale; sessions: readonly SessionRow[] }) {
  const t = accountPageText(locale).sessions;
  const [state, action, pending] = useActionState<SessionsState, FormData>(sessionsAction, idleForm);
  const others = sessions.filter((session) => !session.current).length;
  return (
    <>
      {state.status === "done" && state.data && (
        <p className="notice" data-tone="ok" role="status">
          {state.values.intent === "revokeAll" ? t.revokedAll(state.data.revoked) : t.revoked}
        </p>
      )}
      <FormError error={fieldError(state, "form")} />
      <div className="account-table-wrap">
        <table className="account-table" data-testid="sessions">
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.device}</th>
              <th scope="col">{t.place}</th>
              <th scope="col">{t.signedInAt}</th>
              <th scope="col">{t.lastSeen}</th>
              <th scope="col">{t.action}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id} data-current={session.current ? "true" : undefined}>
                <td>
                  {session.device}
                  {session.current && (
                    <>
                      {" "}
                      <span className="badge" data-tone="ok">
                        {t.current}
                      </span>
                    </>
                  )}
                </td>
                <td>
                  {session.place}
                  {session.ip && (
                    <>
                      <br />
                      <span className="muted">
                        {t.ip}: {session.ip}
                      </span>
                    </>
                  )}
                </td>
                <td>{session.signedInAt}</td>
                <td>{session.lastSeen}</td>
                <td>
                  {!session.current && (
                    <form action={action}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="sessionId" value={session.id} />
                      <button
                        type="submit"
                        className="button button-secondary button-small"
                        aria-label={t.revokeLabel(session.device)}
                        disabled={pending}
                      >
                        {t.revoke}
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
        <form action={action} className="account-actions account-after-table">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="intent" value="revokeAll" />
          <button type="submit" className="button button-danger" disabled={pending}>
            {t.revokeAll}
          </button>
        </form>
      )}
    </>
  );
}
