"use client";

import { useActionState } from "react";
import type { MemberState } from "@/app/staff-admin/staff-admin-actions";
import { fieldError, idleForm } from "./form-state";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { type MemberIntent, staffAdminText } from "./staff-admin-text";
import { FormError } from "./text-field";

export interface StaffRow {
  id: string;
  email: string;
  displayName: string;
  role: string;
  teams: string;
  active: boolean;
  passwordSet: boolean;
  twoFactorEnabled: boolean;
  /** Japan time, when the account is locked now. */
  lockedUntil: string | null;
  self: boolean;
}

function intentsOf(row: StaffRow): MemberIntent[] {
  if (!row.active) return ["reactivate"];
  const intents: MemberIntent[] = ["resendInvite"];
  if (row.lockedUntil) intents.push("unlock");
  if (!row.self) {
    intents.push("endSessions");
    if (row.twoFactorEnabled) intents.push("resetTwoFactor");
    intents.push("deactivate");
  }
  return intents;
}

/** Every member with their state, and what an admin can do to each. */
export function StaffTable({
  rows,
  action: serverAction,
}: {
  rows: readonly StaffRow[];
  action: (previous: MemberState, form: FormData) => Promise<MemberState>;
}) {
  const [state, action, pending] = useActionState<MemberState, FormData>(serverAction, idleForm);
  const text = staffAdminText[useConsoleLocale()];
  return (
    <>
      {state.status === "done" && state.data && (
        <p className="notice" data-tone="ok" role="status" data-testid="member-result">
          {text.intents[state.data.intent].done(state.data.name)}
        </p>
      )}
      <FormError error={fieldError(state, "form")} />
      <div className="account-table-wrap">
        <table className="account-table" data-testid="staff-table">
          <caption className="account-visually-hidden">{text.membersTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{text.member}</th>
              <th scope="col">{text.roleAndTeams}</th>
              <th scope="col">{text.state}</th>
              <th scope="col">{text.actions}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-email={row.email}>
                <th scope="row">
                  {row.displayName}
                  <br />
                  <span className="muted">{row.email}</span>
                </th>
                <td>
                  {row.role}
                  <br />
                  <span className="muted">{row.teams}</span>
                </td>
                <td>
                  <span className="account-badge" data-tone={row.active ? "ok" : "danger"}>
                    {row.active ? text.active : text.inactive}
                  </span>
                  {!row.passwordSet && <span className="account-badge">{text.invited}</span>}
                  {row.passwordSet && !row.twoFactorEnabled && (
                    <span className="account-badge" data-tone="danger">
                      {text.noTwoFactor}
                    </span>
                  )}
                  {row.lockedUntil && (
                    <span className="account-badge" data-tone="danger">
                      {text.lockedUntil(row.lockedUntil)}
                    </span>
                  )}
                </td>
                <td>
                  <div className="account-actions">
                    {intentsOf(row).map((intent) => (
                      <form key={intent} action={action}>
                        <input type="hidden" name="intent" value={intent} />
                        <input type="hidden" name="staffId" value={row.id} />
                        <input type="hidden" name="name" value={row.displayName} />
                        <button
                          type="submit"
                          className={`account-button account-button-small ${
                            intent === "deactivate" || intent === "resetTwoFactor"
                              ? "account-button-danger"
                              : "account-button-secondary"
                          }`}
                          aria-label={text.rowAction(row.displayName, buttonText(intent, row, text))}
                          disabled={pending}
                        >
                          {buttonText(intent, row, text)}
                        </button>
                      </form>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function buttonText(intent: MemberIntent, row: StaffRow, text: (typeof staffAdminText)["ja"]): string {
  if (intent === "resendInvite" && row.passwordSet) return text.sendPasswordMail;
  return text.intents[intent].button;
}
