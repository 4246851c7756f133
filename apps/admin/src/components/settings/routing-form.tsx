"use client";

import { ticketPriorities } from "@madoguchi/core/routing/ticket-priority";
import { teams } from "@madoguchi/core/team/teams";
import { subtypesOf } from "@madoguchi/core/trouble/subtypes";
import { type TroubleType, troubleTypes } from "@madoguchi/core/trouble/trouble-types";
import { useActionState, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { FormOutcome } from "./field-error";
import { FormActions, SelectField } from "./settings-fields";
import { idleSettings, type SettingsState } from "./settings-form-state";
import { RemoveRowForm, SettingsTable } from "./settings-table";
import { settingsText } from "./settings-text";

type Action = (previous: SettingsState, form: FormData) => Promise<SettingsState>;

export interface RoutingRule {
  id: string;
  type: TroubleType;
  subtype?: string | undefined;
  team?: string | undefined;
  priority?: (typeof ticketPriorities)[number] | undefined;
}

/** The overrides in force (each removable) and a form for a new one. */
export function RoutingSettings({
  rules,
  action: serverAction,
}: {
  rules: readonly RoutingRule[];
  action: Action;
}) {
  const locale = useConsoleLocale();
  const text = settingsText[locale];
  const [state, action, pending] = useActionState(serverAction, idleSettings);
  const [type, setType] = useState<TroubleType>("funds");
  // Selects take their defaultValue only when mounted and the form resets after each submit:
  // keyed on what was sent, a refused rule keeps the choices made.
  const typed = state.status === "error" ? state.values : null;
  const typeName = (key: TroubleType) => troubleTypes.find((t) => t.key === key)?.name[locale] ?? key;
  const subtypeName = (key: TroubleType, subtype: string | undefined) =>
    subtype
      ? (subtypesOf(key).find((s) => s.key === subtype)?.name[locale] ?? subtype)
      : text.routing.wholeType;
  const teamName = (key: string | undefined) =>
    key ? (teams.find((t) => t.key === key)?.name[locale] ?? key) : text.routing.keep;
  return (
    <>
      <FormOutcome state={state} />
      <section className="account-section" aria-labelledby="routing-rules">
        <h2 id="routing-rules">{text.routing.rules}</h2>
        {rules.length === 0 ? (
          <p>{text.routing.empty}</p>
        ) : (
          <SettingsTable
            columns={[text.routing.type, text.routing.subtype, text.routing.team, text.routing.priority]}
            lastColumn={text.routing.removeShort}
            testId="routing-rules"
          >
            {rules.map((rule) => {
              const label = `${typeName(rule.type)}・${subtypeName(rule.type, rule.subtype)}`;
              return (
                <tr key={rule.id} data-testid="routing-rule">
                  <td>{typeName(rule.type)}</td>
                  <td>{subtypeName(rule.type, rule.subtype)}</td>
                  <td>{teamName(rule.team)}</td>
                  <td>{rule.priority ? text.sla.priorities[rule.priority] : text.routing.keep}</td>
                  <td>
                    <RemoveRowForm
                      action={action}
                      fields={{ id: rule.id }}
                      label={text.routing.remove(label)}
                      tone="danger"
                      pending={pending}
                    >
                      {text.routing.removeShort}
                    </RemoveRowForm>
                  </td>
                </tr>
              );
            })}
          </SettingsTable>
        )}
      </section>
      <form action={action} className="account-form" noValidate data-testid="routing-form">
        <input type="hidden" name="intent" value="save" />
        <SelectField
          id="routing-type"
          name="type"
          label={text.routing.type}
          value={type}
          onChange={(event) => setType(event.target.value as TroubleType)}
        >
          {troubleTypes.map((t) => (
            <option key={t.key} value={t.key}>
              {t.name[locale]}
            </option>
          ))}
        </SelectField>
        <SelectField
          key={`${type}-${typed?.subtype ?? ""}`}
          id="routing-subtype"
          name="subtype"
          label={text.routing.subtype}
          defaultValue={typed?.type === type ? (typed.subtype ?? "") : ""}
          error={state.errors.subtype}
        >
          <option value="">{text.routing.wholeType}</option>
          {subtypesOf(type).map((s) => (
            <option key={s.key} value={s.key}>
              {s.name[locale]}
            </option>
          ))}
        </SelectField>
        <SelectField
          key={`team-${typed?.team ?? ""}`}
          id="routing-team"
          name="team"
          label={text.routing.team}
          defaultValue={typed?.team ?? ""}
          error={state.errors.team}
        >
          <option value="">{text.routing.keep}</option>
          {teams.map((t) => (
            <option key={t.key} value={t.key}>
              {t.name[locale]}
            </option>
          ))}
        </SelectField>
        <SelectField
          key={`priority-${typed?.priority ?? ""}`}
          id="routing-priority"
          name="priority"
          label={text.routing.priority}
          defaultValue={typed?.priority ?? ""}
          error={state.errors.priority}
        >
          <option value="">{text.routing.keep}</option>
          {[...ticketPriorities].reverse().map((p) => (
            <option key={p} value={p}>
              {text.sla.priorities[p]}
            </option>
          ))}
        </SelectField>
        <FormActions label={text.routing.add} pending={pending} />
      </form>
    </>
  );
}
