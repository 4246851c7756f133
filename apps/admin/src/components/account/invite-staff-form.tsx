"use client";

import { staffRoles } from "@madoguchi/core/access/permissions";
import { teams } from "@madoguchi/core/team/teams";
import { useActionState } from "react";
import type { InviteState } from "@/app/staff-admin/staff-admin-actions";
import { fieldError, idleForm } from "./form-state";
import { roleLabels } from "./staff-admin-text";
import { FormError, TextField } from "./text-field";

/** Email, name, role and windows of a new member; the invitation email carries a set-password link. */
export function InviteStaffForm({
  action: serverAction,
}: {
  action: (previous: InviteState, form: FormData) => Promise<InviteState>;
}) {
  const [state, action, pending] = useActionState<InviteState, FormData>(serverAction, idleForm);
  const chosenTeams = new Set((state.values.teamKeys ?? "").split(",").filter(Boolean));
  const teamsError = fieldError(state, "teamKeys");
  const roleError = fieldError(state, "role");
  return (
    <form action={action} className="account-form" noValidate data-testid="invite-staff-form">
      {state.status === "done" && state.data && (
        <p className="notice" data-tone="ok" role="status">
          {state.data.email} あてに招待メールを送りました（リンクの有効期限は72時間です）。
        </p>
      )}
      <FormError error={fieldError(state, "form")} />
      <TextField
        id="invite-email"
        name="email"
        label="メールアドレス"
        type="email"
        autoComplete="off"
        maxLength={254}
        defaultValue={state.values.email}
        error={fieldError(state, "email")}
        required
      />
      <TextField
        id="invite-name"
        name="displayName"
        label="表示名"
        hint="お客様への返信に表示される名前です。"
        autoComplete="off"
        maxLength={100}
        defaultValue={state.values.displayName}
        error={fieldError(state, "displayName")}
        required
      />
      <div className="account-field" data-invalid={roleError ? "true" : undefined}>
        <label htmlFor="invite-role">役割</label>
        <select
          id="invite-role"
          name="role"
          defaultValue={state.values.role ?? "agent"}
          aria-invalid={roleError ? true : undefined}
          aria-describedby={roleError ? "invite-role-error" : undefined}
        >
          {staffRoles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
        {roleError && (
          <p id="invite-role-error" className="account-error">
            {roleError}
          </p>
        )}
      </div>
      <fieldset className="account-fieldset" aria-describedby={teamsError ? "invite-teams-error" : undefined}>
        <legend className="account-legend">担当する窓口</legend>
        {teams.map((team) => (
          <div className="account-check" key={team.key}>
            <input
              id={`invite-team-${team.key}`}
              type="checkbox"
              name="teamKeys"
              value={team.key}
              defaultChecked={chosenTeams.has(team.key)}
            />
            <label htmlFor={`invite-team-${team.key}`}>{team.name.ja}</label>
          </div>
        ))}
        {teamsError && (
          <p id="invite-teams-error" className="account-error">
            {teamsError}
          </p>
        )}
      </fieldset>
      <div className="account-field">
        <label htmlFor="invite-locale">メールの言語</label>
        <select id="invite-locale" name="locale" defaultValue={state.values.locale ?? "ja"}>
          <option value="ja">日本語</option>
          <option value="en">English</option>
        </select>
      </div>
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending}>
          招待メールを送る
        </button>
      </div>
    </form>
  );
}
