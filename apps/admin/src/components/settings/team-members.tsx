"use client";

import type { StaffRole } from "@madoguchi/core/access/permissions";
import { useActionState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { FieldError, FormOutcome } from "./field-error";
import { idleSettings, type SettingsState } from "./settings-form-state";
import { settingsText } from "./settings-text";

type Action = (previous: SettingsState, form: FormData) => Promise<SettingsState>;

export interface TeamPanelProps {
  team: { key: string; name: string; autoAssign: boolean };
  members: readonly {
    id: string;
    displayName: string;
    role: StaffRole;
    active: boolean;
    available: boolean;
  }[];
  candidates: readonly { id: string; displayName: string; role: StaffRole }[];
  memberAction: Action;
  autoAssignAction: Action;
}

/** One window: its members (remove), a member to add, and round-robin assignment on or off. */
export function TeamPanel({ team, members, candidates, memberAction, autoAssignAction }: TeamPanelProps) {
  const text = settingsText[useConsoleLocale()];
  const [memberState, memberSubmit, memberPending] = useActionState(memberAction, idleSettings);
  const [assignState, assignSubmit, assignPending] = useActionState(autoAssignAction, idleSettings);
  const addId = `add-member-${team.key}`;
  const memberIds = new Set(members.map((m) => m.id));
  return (
    <section
      className="account-section"
      aria-labelledby={`team-${team.key}`}
      data-testid={`team-${team.key}`}
    >
      <h2 id={`team-${team.key}`}>{team.name}</h2>
      <FormOutcome state={memberState} />
      <div className="account-table-wrap">
        <table className="account-table">
          <caption className="account-visually-hidden">{text.teams.members(team.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{text.teams.name}</th>
              <th scope="col">{text.teams.role}</th>
              <th scope="col">{text.teams.availability}</th>
              <th scope="col">
                <span className="account-visually-hidden">{text.teams.removeShort}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.length === 0 && (
              <tr>
                <td colSpan={4}>{text.teams.noMembers}</td>
              </tr>
            )}
            {members.map((member) => (
              <tr key={member.id}>
                <td>{member.displayName}</td>
                <td>{text.roles[member.role]}</td>
                <td>
                  <span
                    className="account-badge"
                    data-tone={member.active && member.available ? "ok" : undefined}
                  >
                    {!member.active
                      ? text.teams.inactive
                      : member.available
                        ? text.teams.available
                        : text.teams.away}
                  </span>
                </td>
                <td>
                  <form action={memberSubmit}>
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="team" value={team.key} />
                    <input type="hidden" name="staffId" value={member.id} />
                    <button
                      type="submit"
                      className="account-button account-button-small account-button-secondary"
                      aria-label={text.teams.remove(member.displayName)}
                      disabled={memberPending}
                    >
                      {text.teams.removeShort}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form action={memberSubmit} className="settings-inline">
        <input type="hidden" name="intent" value="add" />
        <input type="hidden" name="team" value={team.key} />
        <div className="account-field" data-invalid={memberState.errors.staffId ? "true" : undefined}>
          <label htmlFor={addId}>{text.teams.addLabel(team.name)}</label>
          <select
            id={addId}
            name="staffId"
            defaultValue=""
            aria-invalid={memberState.errors.staffId ? true : undefined}
            aria-describedby={memberState.errors.staffId ? `${addId}-error` : undefined}
          >
            <option value="">{text.teams.choose}</option>
            {candidates
              .filter((staff) => !memberIds.has(staff.id))
              .map((staff) => (
                <option key={staff.id} value={staff.id}>
                  {staff.displayName}（{text.roles[staff.role]}）
                </option>
              ))}
          </select>
          <FieldError id={addId} error={memberState.errors.staffId ?? null} />
        </div>
        <button type="submit" className="account-button" disabled={memberPending}>
          {text.teams.add}
        </button>
      </form>
      <form action={assignSubmit} className="settings-inline">
        <input type="hidden" name="team" value={team.key} />
        <div className="account-check">
          <input
            id={`auto-assign-${team.key}`}
            type="checkbox"
            name="autoAssign"
            defaultChecked={team.autoAssign}
          />
          <label htmlFor={`auto-assign-${team.key}`}>{text.teams.autoAssign(team.name)}</label>
        </div>
        <button type="submit" className="account-button account-button-secondary" disabled={assignPending}>
          {text.save}
        </button>
        <FormOutcome state={assignState} />
      </form>
    </section>
  );
}
