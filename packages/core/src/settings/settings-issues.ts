import type { z } from "zod";
import { DomainError } from "../errors/domain-error";

// Our schemas' messages are keys (`settings.macro.key.invalid`); zod's own are English sentences.
const MESSAGE_KEY = /^[a-z]+(?:\.[a-zA-Z]+)+$/;

/** The message key of one issue: its own when it is a key, else `<area>.<field>.invalid`. */
export function settingsIssueKey(area: string, issue: z.core.$ZodIssue): string {
  if (MESSAGE_KEY.test(issue.message)) return issue.message;
  const field = typeof issue.path[0] === "string" ? issue.path[0] : null;
  return field ? `${area}.${field}.invalid` : `${area}.invalid`;
}

/** One message key per field (the first issue of each), `form` for issues about the whole input. */
export function settingsIssues(area: string, error: z.ZodError): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = typeof issue.path[0] === "string" ? issue.path[0] : "form";
    byField[field] ??= settingsIssueKey(area, issue);
  }
  return byField;
}

/** Parses a settings input, or refuses it with the first issue's message key (INVALID). */
export function parseSettings<S extends z.ZodType>(area: string, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new DomainError("INVALID", first ? settingsIssueKey(area, first) : `${area}.invalid`);
}
