import "server-only";
import type { Locale } from "@madoguchi/core/locale/locale";
import { TRPCError } from "@trpc/server";
import { isLocale } from "@/i18n/locale-path";
import { errorText } from "./error-text";
import type { FormState } from "./form-state";

// Our schemas' messages are keys (`account.email.invalid`); zod's own are English sentences.
const messageKey = /^[a-z]+(?:\.[a-zA-Z]+)+$/;

/** A schema issue, or one made up for a field the schema does not cover. */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** Which field a message key belongs to, by prefix; anything else is about the whole form. */
export type FieldOfKey = readonly (readonly [prefix: string, field: string])[];

export function formLocale(form: FormData): Locale {
  const value = form.get("locale");
  return typeof value === "string" && isLocale(value) ? value : "ja";
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The message key of a procedure's refusal, or null for a failure that is not the user's. */
export function refusalKey(error: unknown): string | null {
  if (!(error instanceof TRPCError)) return null;
  const cause: unknown = error.cause;
  if (cause && typeof cause === "object" && "messageKey" in cause && typeof cause.messageKey === "string") {
    return cause.messageKey;
  }
  if (error.code === "TOO_MANY_REQUESTS") return "rateLimited";
  return null;
}

function fieldOf(key: string, fields: FieldOfKey): string {
  return fields.find(([prefix]) => key === prefix || key.startsWith(`${prefix}.`))?.[1] ?? "form";
}

/** A refused procedure call as the form's errors; an unexpected failure is thrown on. */
export function refusal<D>(
  error: unknown,
  input: { locale: Locale; fields: FieldOfKey; values?: Record<string, string> },
): FormState<D> {
  const key = refusalKey(error);
  if (key === null) throw error;
  return {
    status: "error",
    errors: { [fieldOf(key, input.fields)]: errorText(input.locale, key) },
    values: input.values ?? {},
  };
}

/**
 * A schema's issues as the form's errors: the first issue of each field, in the user's language.
 * An issue without a message key of ours (an empty required field) reads as `fallback[field]`.
 */
export function invalid<D>(
  issues: readonly Issue[],
  input: { locale: Locale; fallback?: Record<string, string>; values?: Record<string, string> },
): FormState<D> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = typeof issue.path[0] === "string" ? issue.path[0] : "form";
    if (errors[field]) continue;
    const key = messageKey.test(issue.message) ? issue.message : (input.fallback?.[field] ?? "failed");
    errors[field] = errorText(input.locale, key);
  }
  return { status: "error", errors, values: input.values ?? {} };
}
