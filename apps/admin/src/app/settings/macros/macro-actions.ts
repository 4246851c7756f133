"use server";

import { localeSchema } from "@madoguchi/core/locale/locale";
import { macroTeamSchema } from "@madoguchi/core/settings/macro-settings";
import { ticketStatuses } from "@madoguchi/core/ticket/ticket-lifecycle";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import type { SettingsState } from "@/components/settings/settings-form-state";
import { settingsErrorText, settingsText } from "@/components/settings/settings-text";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import { formText, settingsDone, settingsRefusal } from "../settings-refusal";

const macroFields = ["key", "team", "title", "body", "status", "position"] as const;

/** Creates a macro, or saves the one being edited (`id`); leads only for their own windows. */
export async function saveMacroAction(_previous: SettingsState, form: FormData): Promise<SettingsState> {
  const locale = await getConsoleLocale();
  const text = settingsText[locale].macros;
  const values = Object.fromEntries(
    [...macroFields, "locale", "active", "id"].map((name) => [name, formText(form, name)]),
  );
  const team = macroTeamSchema.safeParse(values.team);
  if (!team.success) {
    const error = settingsErrorText(settingsText[locale], "settings.macro.team.invalid");
    return { status: "error", errors: { team: error }, values };
  }
  const input = {
    key: values.key ?? "",
    team: team.data,
    locale: localeSchema.catch("ja").parse(values.locale),
    title: values.title ?? "",
    body: values.body ?? "",
    status: ticketStatuses.find((status) => status === values.status) ?? null,
    position: values.position ? Number(values.position) : 0,
    active: values.active === "on",
  };
  const id = values.id ?? "";
  const macros = (await serverCaller()).settings.macros;
  try {
    if (id) await macros.update({ ...input, id });
    else await macros.create(input);
  } catch (error) {
    return settingsRefusal(error, { locale, fields: [...macroFields], values });
  }
  if (id) redirect(`/settings/macros?saved=${encodeURIComponent(input.key)}`);
  refresh();
  return settingsDone(text.created);
}

/** Deactivates a macro (or activates it again). */
export async function macroActiveAction(_previous: SettingsState, form: FormData): Promise<SettingsState> {
  const locale = await getConsoleLocale();
  try {
    await (
      await serverCaller()
    ).settings.macros.setActive({
      id: formText(form, "id"),
      active: formText(form, "active") === "true",
    });
    refresh();
    return settingsDone(settingsText[locale].saved);
  } catch (error) {
    return settingsRefusal(error, { locale, fields: [] });
  }
}
