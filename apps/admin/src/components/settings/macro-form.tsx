"use client";

import type { MacroTeam } from "@madoguchi/core/settings/macro-settings";
import { macroStatuses } from "@madoguchi/core/settings/macro-settings";
import { placeholderKeys } from "@madoguchi/core/workspace/macro-placeholders";
import { useActionState } from "react";
import { TextField } from "@/components/account/text-field";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { FormOutcome } from "./field-error";
import { CheckField, FormActions, SelectField, TextAreaField } from "./settings-fields";
import { idleSettings, type SettingsState } from "./settings-form-state";
import { settingsText } from "./settings-text";

type Action = (previous: SettingsState, form: FormData) => Promise<SettingsState>;

export interface EditableMacro {
  id: string;
  key: string;
  team: MacroTeam;
  locale: "ja" | "en";
  title: string;
  body: string;
  status: string | null;
  position: number;
  active: boolean;
}

/** A new macro, or the one being edited; the placeholders it may use are listed beside it. */
export function MacroForm({
  macro,
  teams,
  action: serverAction,
}: {
  macro: EditableMacro | null;
  /** The windows the editor may choose, with their names. */
  teams: readonly { key: MacroTeam; name: string }[];
  action: Action;
}) {
  const text = settingsText[useConsoleLocale()];
  const [state, action, pending] = useActionState(serverAction, idleSettings);
  // React applies a select's defaultValue only when it mounts, and resets the form after each
  // submit: selects are keyed on what was sent so that a refused form keeps the choices made.
  const typed = state.status === "error" ? state.values : null;
  const value = (field: keyof EditableMacro, fallback: string) => typed?.[field] ?? fallback;
  const error = (field: string) => state.errors[field] ?? null;
  return (
    <form action={action} className="account-form" noValidate data-testid="macro-form">
      {macro && <input type="hidden" name="id" value={macro.id} />}
      <FormOutcome state={state} />
      <TextField
        id="macro-key"
        name="key"
        label={text.macros.key}
        hint={text.macros.keyHint}
        autoComplete="off"
        maxLength={64}
        defaultValue={value("key", macro?.key ?? "")}
        error={error("key")}
        required
      />
      <SelectField
        key={`team-${typed?.team ?? ""}`}
        id="macro-team"
        name="team"
        label={text.macros.team}
        defaultValue={value("team", macro?.team ?? teams[0]?.key ?? "")}
        error={error("team")}
      >
        {teams.map((team) => (
          <option key={team.key} value={team.key}>
            {team.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id="macro-title"
        name="title"
        label={text.macros.titleLabel}
        maxLength={100}
        defaultValue={value("title", macro?.title ?? "")}
        error={error("title")}
        required
      />
      <TextAreaField
        id="macro-body"
        name="body"
        label={text.macros.body}
        describedBy="macro-placeholders"
        className="settings-body"
        maxLength={5000}
        defaultValue={value("body", macro?.body ?? "{{name}}\n\n\n\n{{window}}")}
        error={error("body")}
        required
      />
      <div id="macro-placeholders" className="settings-placeholders">
        <p className="account-hint">{text.macros.placeholders}</p>
        <ul>
          {placeholderKeys.map((key) => (
            <li key={key}>
              <code>{`{{${key}}}`}</code>：{text.macros.placeholderHelp[key]}
            </li>
          ))}
        </ul>
      </div>
      <SelectField
        key={`status-${typed?.status ?? ""}`}
        id="macro-status"
        name="status"
        label={text.macros.status}
        defaultValue={value("status", macro?.status ?? "")}
        error={error("status")}
      >
        <option value="">{text.macros.noStatus}</option>
        {macroStatuses.map((status) => (
          <option key={status} value={status}>
            {text.macros.statuses[status]}
          </option>
        ))}
      </SelectField>
      <div className="settings-inline">
        <TextField
          id="macro-position"
          name="position"
          label={text.macros.position}
          type="number"
          min={0}
          max={999}
          defaultValue={value("position", String(macro?.position ?? 0))}
          error={error("position")}
        />
        <SelectField
          key={`locale-${typed?.locale ?? ""}`}
          id="macro-locale"
          name="locale"
          label={text.macros.locale}
          defaultValue={value("locale", macro?.locale ?? "ja")}
        >
          <option value="ja">日本語</option>
          <option value="en">English</option>
        </SelectField>
      </div>
      <CheckField
        id="macro-active"
        name="active"
        label={text.macros.active}
        defaultChecked={typed ? typed.active === "on" : (macro?.active ?? true)}
      />
      <FormActions label={macro ? text.save : text.macros.create} pending={pending}>
        {macro && (
          <a href="/settings/macros" className="account-button account-button-secondary">
            {text.macros.cancel}
          </a>
        )}
      </FormActions>
    </form>
  );
}

/** Deactivates a macro, or activates it again. */
export function MacroActiveToggle({
  macro,
  action: serverAction,
}: {
  macro: { id: string; title: string; active: boolean };
  action: Action;
}) {
  const text = settingsText[useConsoleLocale()];
  const [state, action, pending] = useActionState(serverAction, idleSettings);
  const label = macro.active ? text.macros.deactivate(macro.title) : text.macros.activate(macro.title);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={macro.id} />
      <input type="hidden" name="active" value={macro.active ? "false" : "true"} />
      <button
        type="submit"
        className="account-button account-button-small account-button-secondary"
        disabled={pending}
      >
        {label}
      </button>
      {state.errors.form && (
        <span className="account-error" role="alert">
          {state.errors.form}
        </span>
      )}
    </form>
  );
}
