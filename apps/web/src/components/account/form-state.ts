/**
 * What a form's server action answers: the step it reached, errors as text next to their field
 * (`form` for the whole form), and what was typed (never a password), so a page rendered without
 * JavaScript shows the form again as it was.
 */
export interface FormState<Data = undefined> {
  status: "idle" | "done" | "error";
  errors: Readonly<Record<string, string>>;
  values: Readonly<Record<string, string>>;
  data?: Data;
}

export const idleForm: FormState<never> = { status: "idle", errors: {}, values: {} };

/** The error of one field, for `aria-invalid` and the message under it. */
export function fieldError(state: FormState<unknown>, field: string): string | null {
  return state.errors[field] ?? null;
}
