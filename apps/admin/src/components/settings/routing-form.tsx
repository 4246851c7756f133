"use client";

import { ticketPriorities } from "@madoguchi/core/routing/ticket-priority";
import { teams } from "@madoguchi/core/team/teams";
import { subtypesOf } from "@madoguchi/core/trouble/subtypes";
import { type TroubleType, troubleTypes } from "@madoguchi/core/trouble/trouble-types";
import { useActionState, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { FieldError, FormOutcome } from "./field-error";
import { idleSettings, type SettingsState } from "./settings-form-state";
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
  const field = (name: "subtype" | "team" | "priority") => ({
    error: state.errors[name] ?? null,
    props: {
      "aria-invalid": state.errors[name] ? true : undefined,
      "aria-describedby": state.errors[name] ? `routing-${name}-error` : undefined,
    },
  });
  const subtype = field("subtype");
  const team = field("team");
  const priority = field("priority");
  return (
    <>
      <FormOutcome state={state} />
      <section className="account-section" aria-labelledby="routing-rules">
        <h2 id="routing-rules">{text.routing.rules}</h2>
        {rules.length === 0 ? (
          <p>{text.routing.empty}</p>
        ) : (
          <div className="account-table-wrap">
            <table className="account-table" data-testid="routing-rules">
              <thead>
                <tr>
                  <th scope="col">{text.routing.type}</th>
                  <th scope="col">{text.routing.subtype}</th>
                  <th scope="col">{text.routing.team}</th>
                  <th scope="col">{text.routing.priority}</th>
                  <th scope="col">
                    <span className="account-visually-hidden">{text.routing.removeShort}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rules.map((rule) => {
                  const label = `${typeName(rule.type)}・${subtypeName(rule.type, rule.subtype)}`;
                  return (
                    <tr key={rule.id} data-testid="routing-rule">
                      <td>{typeName(rule.type)}</td>
                      <td>{subtypeName(rule.type, rule.subtype)}</td>
                      <td>{teamName(rule.team)}</td>
                      <td>{rule.priority ? text.sla.priorities[rule.priority] : text.routing.keep}</td>
                      <td>
                        <form action={action}>
                          <input type="hidden" name="intent" value="remove" />
                          <input type="hidden" name="id" value={rule.id} />
                          <button
                            type="submit"
                            className="account-button account-button-small account-button-danger"
                            aria-label={text.routing.remove(label)}
                            disabled={pending}
                          >
                            {text.routing.removeShort}
                          </button>
                        </form>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <form action={action} className="account-form" noValidate data-testid="routing-form">
        <input type="hidden" name="intent" value="save" />
        <div className="account-field">
          <label htmlFor="routing-type">{text.routing.type}</label>
          <select
            id="routing-type"
            name="type"
            value={type}
            onChange={(event) => setType(event.target.value as TroubleType)}
          >
            {troubleTypes.map((t) => (
              <option key={t.key} value={t.key}>
                {t.name[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="account-field" data-invalid={subtype.error ? "true" : undefined}>
          <label htmlFor="routing-subtype">{text.routing.subtype}</label>
          <select
            id="routing-subtype"
            name="subtype"
            key={`${type}-${typed?.subtype ?? ""}`}
            defaultValue={typed?.type === type ? (typed.subtype ?? "") : ""}
            {...subtype.props}
          >
            <option value="">{text.routing.wholeType}</option>
            {subtypesOf(type).map((s) => (
              <option key={s.key} value={s.key}>
                {s.name[locale]}
              </option>
            ))}
          </select>
          <FieldError id="routing-subtype" error={subtype.error} />
        </div>
        <div className="account-field" data-invalid={team.error ? "true" : undefined}>
          <label htmlFor="routing-team">{text.routing.team}</label>
          <select
            id="routing-team"
            name="team"
            key={`team-${typed?.team ?? ""}`}
            defaultValue={typed?.team ?? ""}
            {...team.props}
          >
            <option value="">{text.routing.keep}</option>
            {teams.map((t) => (
              <option key={t.key} value={t.key}>
                {t.name[locale]}
              </option>
            ))}
          </select>
          <FieldError id="routing-team" error={team.error} />
        </div>
        <div className="account-field" data-invalid={priority.error ? "true" : undefined}>
          <label htmlFor="routing-priority">{text.routing.priority}</label>
          <select
            id="routing-priority"
            name="priority"
            key={`priority-${typed?.priority ?? ""}`}
            defaultValue={typed?.priority ?? ""}
            {...priority.props}
          >
            <option value="">{text.routing.keep}</option>
            {[...ticketPriorities].reverse().map((p) => (
              <option key={p} value={p}>
                {text.sla.priorities[p]}
              </option>
            ))}
          </select>
          <FieldError id="routing-priority" error={priority.error} />
        </div>
        <div className="account-actions">
          <button type="submit" className="account-button" disabled={pending}>
            {text.routing.add}
          </button>
        </div>
      </form>
    </>
  );
}
