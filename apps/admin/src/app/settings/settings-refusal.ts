import "server-only";
import type { Locale } from "@madoguchi/core/locale/locale";
import { TRPCError } from "@trpc/server";
import { settingsErrorText, settingsText } from "@/components/settings/settings-text";
import type { SettingsState } from "@/components/settings/settings-form-state";

/** The message key of a refused settings call; null for a failure that is not the user's. */
function refusalKey(error: unknown): string | null {
  if (!(error instanceof TRPCError)) return null;
  const cause: unknown = error.cause;
  if (cause && typeof cause === "object" && "messageKey" in cause && typeof cause.messageKey === "string") {
    return cause.messageKey;
  }
  return error.code === "FORBIDDEN" ? "forbidden" : null;
}

/**
 * A refused call as the form's errors: `settings.<area>.<field>.…` next to that field when the
 * form has it, anything else about the whole form. An unexpected failure is thrown on.
 */
export function settingsRefusal(
  error: unknown,
  input: { locale: Locale; fields: readonly string[]; values?: Record<string, string> },
): SettingsState {
  const key = refusalKey(error);
  if (key === null) throw error;
  const field = key.split(".")[2] ?? "";
  const text = settingsErrorText(settingsText[input.locale], key);
  return {
    status: "error",
    errors: { [input.fields.includes(field) ? field : "form"]: text },
    values: input.values ?? {},
  };
}

export function settingsDone(message: string): SettingsState {
  return { status: "done", errors: {}, values: {}, data: { message } };
}

export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
