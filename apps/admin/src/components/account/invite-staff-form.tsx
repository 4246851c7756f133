"use client";

import { staffRoles } from "@madoguchi/core/access/permissions";
import { teams } from "@madoguchi/core/team/teams";
import { useActionState } from "react";
import type { InviteState } from "@/app/staff-admin/staff-admin-actions";
import { fieldError, idleForm } from "./form-state";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { staffAdminText } from "./staff-admin-text";
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
  const locale = useConsoleLocale();
  const text = staffAdminText[locale];
  return (
    <form action={action} className="account-form" noValidate data-testid="invite-staff-form">
      {state.status === "done" && state.data && (
        <p className="notice" data-tone="ok" role="status">
          {text.invitedTo(state.data.email)}
        </p>
      )}
      <FormError error={fieldError(state, "form")} />
      <TextField
        id="invite-email"
        name="email"
        label={text.email}
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
        label={text.displayName}
        hint={text.displayNameHint}
        autoComplete="off"
        maxLength={100}
        defaultValue={state.values.displayName}
        error={fieldError(state, "displayName")}
        required
      />
      <div className="account-field" data-invalid={roleError ? "true" : undefined}>
        <label htmlFor="invite-role">{text.role}</label>
        <select
          id="invite-role"
          name="role"
          defaultValue={state.values.role ?? "agent"}
          aria-invalid={roleError ? true : undefined}
          aria-describedby={roleError ? "invite-role-error" : undefined}
        >
          {staffRoles.map((role) => (
            <option key={role} value={role}>
              {text.roles[role]}
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
        <legend className="account-legend">{text.teams}</legend>
        {teams.map((team) => (
          <div className="account-check" key={team.key}>
            <input
              id={`invite-team-${team.key}`}
              type="checkbox"
              name="teamKeys"
              value={team.key}
              defaultChecked={chosenTeams.has(team.key)}
            />
            <label htmlFor={`invite-team-${team.key}`}>{team.name[locale]}</label>
          </div>
        ))}
        {teamsError && (
          <p id="invite-teams-error" className="account-error">
            {teamsError}
          </p>
        )}
      </fieldset>
      <div className="account-field">
        <label htmlFor="invite-locale">{text.mailLocale}</label>
        <select id="invite-locale" name="locale" defaultValue={state.values.locale ?? "ja"}>
          <option value="ja">日本語</option>
          <option value="en">English</option>
        </select>
      </div>
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending}>
          {text.sendInvite}
        </button>
      </div>
    </form>
  );
}
