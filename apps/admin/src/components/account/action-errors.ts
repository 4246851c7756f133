import "server-only";
import type { Locale } from "@madoguchi/core/locale/locale";
import { TRPCError } from "@trpc/server";
import { errorText } from "./error-text";
import type { FormState } from "./form-state";

/** A schema issue, or one made up for a field the schema does not cover. */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** Which field a message key belongs to, by prefix; anything else is about the whole form. */
export type FieldOfKey = readonly (readonly [prefix: string, field: string])[];

// Our schemas' messages are keys (`account.email.invalid`); zod's own are English sentences.
const messageKey = /^[a-z]+(?:\.[a-zA-Z]+)+$/;

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
  if (error.code === "FORBIDDEN") return "forbidden";
  return null;
}

function fieldOf(key: string, fields: FieldOfKey): string {
  return fields.find(([prefix]) => key === prefix || key.startsWith(`${prefix}.`))?.[1] ?? "form";
}

/** A refused procedure call as the form's errors; an unexpected failure is thrown on. */
export function refusal<D>(
  error: unknown,
  input: { fields: FieldOfKey; values?: Record<string, string>; locale?: Locale },
): FormState<D> {
  const key = refusalKey(error);
  if (key === null) throw error;
  return {
    status: "error",
    errors: { [fieldOf(key, input.fields)]: errorText(key, input.locale) },
    values: input.values ?? {},
  };
}

/** Issues as the form's errors: the first of each field; one without a key of ours reads as `fallback`. */
export function invalid<D>(
  issues: readonly Issue[],
  input: { fallback?: Record<string, string>; values?: Record<string, string>; locale?: Locale } = {},
): FormState<D> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = typeof issue.path[0] === "string" ? issue.path[0] : "form";
    if (errors[field]) continue;
    errors[field] = errorText(
      messageKey.test(issue.message) ? issue.message : (input.fallback?.[field] ?? "failed"),
      input.locale,
    );
  }
  return { status: "error", errors, values: input.values ?? {} };
}
