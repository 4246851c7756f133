"use client";

import type { TeamCalendar } from "@madoguchi/core/settings/team-calendar";
import { useActionState } from "react";
import { TextField } from "@/components/account/text-field";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { FormOutcome } from "./field-error";
import { CheckField, FieldGroup, FormActions, TextAreaField } from "./settings-fields";
import { idleSettings, type SettingsState } from "./settings-form-state";
import { settingsText } from "./settings-text";

/** A window's business hours, holidays, year-end closure and closed days. */
export function CalendarForm({
  team,
  calendar,
  action: serverAction,
}: {
  team: { key: string; name: string };
  calendar: TeamCalendar;
  action: (previous: SettingsState, form: FormData) => Promise<SettingsState>;
}) {
  const text = settingsText[useConsoleLocale()];
  const [state, action, pending] = useActionState(serverAction, idleSettings);
  const typed = state.status === "error" ? state.values : null;
  const id = (field: string) => `calendar-${team.key}-${field}`;
  const workdays = new Set(
    typed ? (typed.workdays ?? "").split(",").filter(Boolean).map(Number) : calendar.workdays,
  );
  const yearEnd = typed ? typed.yearEnd === "on" : calendar.yearEndClosure !== null;
  const closure = calendar.yearEndClosure ?? { from: "12-29", to: "01-03" };
  return (
    <form action={action} className="account-form" noValidate data-testid={`calendar-${team.key}`}>
      <input type="hidden" name="team" value={team.key} />
      <FormOutcome state={state} />
      <FieldGroup id={id("workdays")} legend={text.hours.workdays} error={state.errors.workdays ?? null}>
        <div className="settings-weekdays">
          {text.hours.weekdays.map((day, index) => (
            <CheckField
              key={day}
              id={id(`day-${index + 1}`)}
              name="workdays"
              label={day}
              value={index + 1}
              defaultChecked={workdays.has(index + 1)}
            />
          ))}
        </div>
      </FieldGroup>
      <div className="settings-inline">
        {(["opensAt", "closesAt"] as const).map((field) => (
          <TextField
            key={field}
            id={id(field)}
            name={field}
            label={text.hours[field]}
            type="time"
            defaultValue={typed?.[field] ?? calendar[field]}
            error={state.errors[field] ?? null}
            required
          />
        ))}
      </div>
      <CheckField
        id={id("holidays")}
        name="japaneseHolidays"
        label={text.hours.japaneseHolidays}
        defaultChecked={typed ? typed.japaneseHolidays === "on" : calendar.japaneseHolidays}
      />
      <FieldGroup id={id("yearEnd")} legend={text.hours.yearEnd} error={state.errors.yearEndClosure ?? null}>
        <CheckField id={id("yearEnd")} name="yearEnd" label={text.hours.yearEnd} defaultChecked={yearEnd} />
        <div className="settings-inline">
          {(
            [
              ["yearEndFrom", closure.from],
              ["yearEndTo", closure.to],
            ] as const
          ).map(([field, fallback]) => (
            <TextField
              key={field}
              id={id(field)}
              name={field}
              label={text.hours[field]}
              inputMode="numeric"
              maxLength={5}
              size={6}
              defaultValue={typed?.[field] ?? fallback}
            />
          ))}
        </div>
      </FieldGroup>
      <TextAreaField
        id={id("closedDates")}
        name="closedDates"
        label={text.hours.closedDates}
        hint={text.hours.closedDatesHint}
        rows={4}
        defaultValue={typed?.closedDates ?? calendar.closedDates.join("\n")}
        error={state.errors.closedDates ?? null}
      />
      <FormActions label={text.save} pending={pending} />
    </form>
  );
}
