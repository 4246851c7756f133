"use client";

import type { StaffRole } from "@madoguchi/core/access/permissions";
import { useActionState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { FormOutcome } from "./field-error";
import { CheckField, SelectField } from "./settings-fields";
import { idleSettings, type SettingsState } from "./settings-form-state";
import { RemoveRowForm, SettingsTable } from "./settings-table";
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
      <SettingsTable
        caption={text.teams.members(team.name)}
        columns={[text.teams.name, text.teams.role, text.teams.availability]}
        lastColumn={text.teams.removeShort}
      >
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
              <RemoveRowForm
                action={memberSubmit}
                fields={{ team: team.key, staffId: member.id }}
                label={text.teams.remove(member.displayName)}
                tone="secondary"
                pending={memberPending}
              >
                {text.teams.removeShort}
              </RemoveRowForm>
            </td>
          </tr>
        ))}
      </SettingsTable>
      <form action={memberSubmit} className="settings-inline">
        <input type="hidden" name="intent" value="add" />
        <input type="hidden" name="team" value={team.key} />
        <SelectField
          id={addId}
          name="staffId"
          label={text.teams.addLabel(team.name)}
          defaultValue=""
          error={memberState.errors.staffId}
        >
          <option value="">{text.teams.choose}</option>
          {candidates
            .filter((staff) => !memberIds.has(staff.id))
            .map((staff) => (
              <option key={staff.id} value={staff.id}>
                {staff.displayName}（{text.roles[staff.role]}）
              </option>
            ))}
        </SelectField>
        <button type="submit" className="account-button" disabled={memberPending}>
          {text.teams.add}
        </button>
      </form>
      <form action={assignSubmit} className="settings-inline">
        <input type="hidden" name="team" value={team.key} />
        <CheckField
          id={`auto-assign-${team.key}`}
          name="autoAssign"
          label={text.teams.autoAssign(team.name)}
          defaultChecked={team.autoAssign}
        />
        <button type="submit" className="account-button account-button-secondary" disabled={assignPending}>
          {text.save}
        </button>
        <FormOutcome state={assignState} />
      </form>
    </section>
  );
}
