"use server";

import { slaTargetRowSchema } from "@madoguchi/core/settings/sla-targets";
import { settingsIssues } from "@madoguchi/core/settings/settings-issues";
import { ticketPriorities } from "@madoguchi/core/routing/ticket-priority";
import { slaTiers } from "@madoguchi/core/sla/sla-policy";
import { type TeamKey, teamKeys } from "@madoguchi/core/team/teams";
import { troubleTypeKeys } from "@madoguchi/core/trouble/trouble-types";
import { refresh } from "next/cache";
import { settingsErrorText, settingsText } from "@/components/settings/settings-text";
import type { SettingsState } from "@/components/settings/settings-form-state";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import { formText, settingsDone, settingsRefusal } from "./settings-refusal";

/** The member of `list` a form value names, if any (the procedure refuses anything else). */
function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return list.find((item) => item === value);
}

function teamOf(form: FormData): TeamKey {
  const team = oneOf(teamKeys, formText(form, "team"));
  if (!team) throw new Error("the form names no window");
  return team;
}

/** Adds a member to a window or removes one. */
export async function teamMemberAction(_previous: SettingsState, form: FormData): Promise<SettingsState> {
  const locale = await getConsoleLocale();
  const text = settingsText[locale].teams;
  const add = formText(form, "intent") === "add";
  const input = { team: teamOf(form), staffId: formText(form, "staffId") };
  try {
    const teams = (await serverCaller()).settings.teams;
    await (add ? teams.addMember(input) : teams.removeMember(input));
    refresh();
    return settingsDone(add ? text.added : text.removed);
  } catch (error) {
    return settingsRefusal(error, { locale, fields: ["staffId"] });
  }
}

export async function autoAssignAction(_previous: SettingsState, form: FormData): Promise<SettingsState> {
  const locale = await getConsoleLocale();
  try {
    await (
      await serverCaller()
    ).settings.teams.setAutoAssign({
      team: teamOf(form),
      autoAssign: formText(form, "autoAssign") === "on",
    });
    refresh();
    return settingsDone(settingsText[locale].saved);
  } catch (error) {
    return settingsRefusal(error, { locale, fields: [] });
  }
}

const calendarFields = ["workdays", "opensAt", "closesAt", "yearEndClosure", "closedDates"] as const;

/** A window's business hours and closed days, as the hours form sends them. */
export async function calendarAction(_previous: SettingsState, form: FormData): Promise<SettingsState> {
  const locale = await getConsoleLocale();
  const values = {
    workdays: form
      .getAll("workdays")
      .filter((v) => typeof v === "string")
      .join(","),
    opensAt: formText(form, "opensAt").trim(),
    closesAt: formText(form, "closesAt").trim(),
    japaneseHolidays: formText(form, "japaneseHolidays"),
    yearEnd: formText(form, "yearEnd"),
    yearEndFrom: formText(form, "yearEndFrom").trim(),
    yearEndTo: formText(form, "yearEndTo").trim(),
    closedDates: formText(form, "closedDates"),
  };
  const calendar = {
    workdays: values.workdays ? values.workdays.split(",").map(Number) : [],
    opensAt: values.opensAt,
    closesAt: values.closesAt,
    japaneseHolidays: values.japaneseHolidays === "on",
    yearEndClosure: values.yearEnd === "on" ? { from: values.yearEndFrom, to: values.yearEndTo } : null,
    closedDates: values.closedDates
      .split(/[\s,、]+/)
      .map((line) => line.trim())
      .filter(Boolean),
  };
  try {
    await (
      await serverCaller()
    ).settings.teams.updateCalendar({
      team: teamOf(form),
      calendar,
    });
    refresh();
    return settingsDone(settingsText[locale].saved);
  } catch (error) {
    return settingsRefusal(error, { locale, fields: [...calendarFields], values });
  }
}

/** The whole SLA table; each cell is checked here first so that its error shows next to it. */
export async function slaAction(_previous: SettingsState, form: FormData): Promise<SettingsState> {
  const locale = await getConsoleLocale();
  const text = settingsText[locale];
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  const targets = slaTiers.flatMap((tier) =>
    ticketPriorities.map((priority) => {
      const cell = `${tier}-${priority}`;
      const first = formText(form, `${cell}-firstResponse`).trim();
      const resolution = formText(form, `${cell}-resolution`).trim();
      values[`${cell}-firstResponse`] = first;
      values[`${cell}-resolution`] = resolution;
      const row = {
        tier,
        priority,
        firstResponseMinutes: first === "" ? Number.NaN : Number(first),
        resolutionMinutes: resolution === "" ? Number.NaN : Number(resolution),
      };
      const parsed = slaTargetRowSchema.safeParse(row);
      if (!parsed.success) {
        const issues = settingsIssues("settings.sla", parsed.error);
        for (const [field, key] of Object.entries(issues)) {
          const target = field === "resolutionMinutes" ? "resolution" : "firstResponse";
          errors[`${cell}-${target}`] ??= settingsErrorText(text, key);
        }
      }
      return row;
    }),
  );
  if (Object.keys(errors).length > 0) return { status: "error", errors, values };
  try {
    await (await serverCaller()).settings.sla.update({ targets });
    refresh();
    return settingsDone(text.saved);
  } catch (error) {
    return settingsRefusal(error, { locale, fields: [], values });
  }
}

/** Saves an override of a type (and subtype), or deletes one. */
export async function routingAction(_previous: SettingsState, form: FormData): Promise<SettingsState> {
  const locale = await getConsoleLocale();
  const text = settingsText[locale].routing;
  const routing = (await serverCaller()).settings.routing;
  try {
    if (formText(form, "intent") === "remove") {
      await routing.remove({ id: formText(form, "id") });
      refresh();
      return settingsDone(text.deleted);
    }
    const type = oneOf(troubleTypeKeys, formText(form, "type"));
    if (!type) throw new Error("the form names no trouble type");
    await routing.save({
      type,
      subtype: formText(form, "subtype") || undefined,
      team: oneOf(teamKeys, formText(form, "team")),
      priority: oneOf(ticketPriorities, formText(form, "priority")),
    });
    refresh();
    return settingsDone(text.created);
  } catch (error) {
    const values = Object.fromEntries(
      ["type", "subtype", "team", "priority"].map((name) => [name, formText(form, name)]),
    );
    return settingsRefusal(error, { locale, fields: ["subtype", "team", "priority"], values });
  }
}
