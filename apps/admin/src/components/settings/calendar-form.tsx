"use client";

import type { TeamCalendar } from "@madoguchi/core/settings/team-calendar";
import { useActionState } from "react";
import { TextField } from "@/components/account/text-field";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { FieldError, FormOutcome } from "./field-error";
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
  const workdaysError = state.errors.workdays ?? null;
  const closureError = state.errors.yearEndClosure ?? null;
  const datesError = state.errors.closedDates ?? null;
  return (
    <form action={action} className="account-form" noValidate data-testid={`calendar-${team.key}`}>
      <input type="hidden" name="team" value={team.key} />
      <FormOutcome state={state} />
      <fieldset
        className="account-fieldset"
        aria-describedby={workdaysError ? `${id("workdays")}-error` : undefined}
      >
        <legend className="account-legend">{text.hours.workdays}</legend>
        <div className="settings-weekdays">
          {text.hours.weekdays.map((day, index) => (
            <div className="account-check" key={day}>
              <input
                id={id(`day-${index + 1}`)}
                type="checkbox"
                name="workdays"
                value={index + 1}
                defaultChecked={workdays.has(index + 1)}
              />
              <label htmlFor={id(`day-${index + 1}`)}>{day}</label>
            </div>
          ))}
        </div>
        <FieldError id={id("workdays")} error={workdaysError} />
      </fieldset>
      <div className="settings-inline">
        <TextField
          id={id("opensAt")}
          name="opensAt"
          label={text.hours.opensAt}
          type="time"
          defaultValue={typed?.opensAt ?? calendar.opensAt}
          error={state.errors.opensAt ?? null}
          required
        />
        <TextField
          id={id("closesAt")}
          name="closesAt"
          label={text.hours.closesAt}
          type="time"
          defaultValue={typed?.closesAt ?? calendar.closesAt}
          error={state.errors.closesAt ?? null}
          required
        />
      </div>
      <div className="account-check">
        <input
          id={id("holidays")}
          type="checkbox"
          name="japaneseHolidays"
          defaultChecked={typed ? typed.japaneseHolidays === "on" : calendar.japaneseHolidays}
        />
        <label htmlFor={id("holidays")}>{text.hours.japaneseHolidays}</label>
      </div>
      <fieldset
        className="account-fieldset"
        aria-describedby={closureError ? `${id("yearEnd")}-error` : undefined}
      >
        <legend className="account-legend">{text.hours.yearEnd}</legend>
        <div className="account-check">
          <input id={id("yearEnd")} type="checkbox" name="yearEnd" defaultChecked={yearEnd} />
          <label htmlFor={id("yearEnd")}>{text.hours.yearEnd}</label>
        </div>
        <div className="settings-inline">
          <TextField
            id={id("yearEndFrom")}
            name="yearEndFrom"
            label={text.hours.yearEndFrom}
            inputMode="numeric"
            maxLength={5}
            size={6}
            defaultValue={typed?.yearEndFrom ?? closure.from}
          />
          <TextField
            id={id("yearEndTo")}
            name="yearEndTo"
            label={text.hours.yearEndTo}
            inputMode="numeric"
            maxLength={5}
            size={6}
            defaultValue={typed?.yearEndTo ?? closure.to}
          />
        </div>
        <FieldError id={id("yearEnd")} error={closureError} />
      </fieldset>
      <div className="account-field" data-invalid={datesError ? "true" : undefined}>
        <label htmlFor={id("closedDates")}>{text.hours.closedDates}</label>
        <p id={`${id("closedDates")}-hint`} className="account-hint">
          {text.hours.closedDatesHint}
        </p>
        <textarea
          id={id("closedDates")}
          name="closedDates"
          rows={4}
          defaultValue={typed?.closedDates ?? calendar.closedDates.join("\n")}
          aria-invalid={datesError ? true : undefined}
          aria-describedby={`${id("closedDates")}-hint${datesError ? ` ${id("closedDates")}-error` : ""}`}
        />
        <FieldError id={id("closedDates")} error={datesError} />
      </div>
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending}>
          {text.save}
        </button>
      </div>
    </form>
  );
}
