"use client";

import type { TicketPriority } from "@madoguchi/core/routing/ticket-priority";
import type { SlaTier } from "@madoguchi/core/sla/sla-policy";
import { useActionState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { FieldError } from "@/components/form/labelled-field";
import { FormOutcome } from "./field-error";
import { FormActions } from "./settings-fields";
import { idleSettings, type SettingsState } from "./settings-form-state";
import { SettingsTable } from "./settings-table";
import { settingsText } from "./settings-text";

export interface SlaRow {
  tier: SlaTier;
  priority: TicketPriority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  isDefault: boolean;
}

const targets = ["firstResponse", "resolution"] as const;

/** The policy table: a row per tier and priority, targets in minutes with hours beside them. */
export function SlaForm({
  rows,
  action: serverAction,
}: {
  rows: readonly SlaRow[];
  action: (previous: SettingsState, form: FormData) => Promise<SettingsState>;
}) {
  const text = settingsText[useConsoleLocale()];
  const [state, action, pending] = useActionState(serverAction, idleSettings);
  const typed = state.status === "error" ? state.values : null;
  return (
    <form action={action} noValidate data-testid="sla-form">
      <FormOutcome state={state} />
      <SettingsTable
        caption={text.sla.title}
        columns={[text.sla.tier, text.sla.priority, text.sla.firstResponse, text.sla.resolution]}
        lastColumn={text.sla.isDefault}
        className="settings-sla"
      >
        {rows.map((row) => {
          const cell = `${row.tier}-${row.priority}`;
          const tier = text.sla.tiers[row.tier];
          const priority = text.sla.priorities[row.priority];
          return (
            <tr key={cell} data-testid={`sla-${cell}`}>
              <th scope="row">{tier}</th>
              <td>{priority}</td>
              {targets.map((target) => {
                const id = `sla-${cell}-${target}`;
                const error = state.errors[`${cell}-${target}`] ?? null;
                const minutes = target === "firstResponse" ? row.firstResponseMinutes : row.resolutionMinutes;
                return (
                  <td key={target} className="account-field" data-invalid={error ? "true" : undefined}>
                    <label htmlFor={id} className="account-visually-hidden">
                      {text.sla.minutesLabel(tier, priority, text.sla[target])}
                    </label>
                    <input
                      id={id}
                      name={`${cell}-${target}`}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      step={1}
                      defaultValue={typed?.[`${cell}-${target}`] ?? String(minutes)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={`${id}-duration${error ? ` ${id}-error` : ""}`}
                    />
                    <span id={`${id}-duration`} className="settings-duration">
                      {text.sla.duration(minutes)}
                    </span>
                    <FieldError id={id} error={error} />
                  </td>
                );
              })}
              <td>
                <span className="account-badge" data-tone={row.isDefault ? undefined : "ok"}>
                  {row.isDefault ? text.sla.isDefault : text.sla.custom}
                </span>
              </td>
            </tr>
          );
        })}
      </SettingsTable>
      <FormActions label={text.save} pending={pending} />
    </form>
  );
}
