import type { ReactNode } from "react";

/** A field's error right under it, tied to the control by `${id}-error`. */
export function FieldError({ id, error }: { id: string; error: string | null }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="account-error" data-testid={`${id}-error`}>
      {error}
    </p>
  );
}

/**
 * A control with its label, an optional hint under the label (`${id}-hint`) and its error under
 * it (`${id}-error`): the control itself says which of them describe it.
 */
export function LabelledField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  children: ReactNode;
}) {
  return (
    <div className="account-field" data-invalid={error ? "true" : undefined}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="account-hint">
          {hint}
        </p>
      )}
      {children}
      <FieldError id={id} error={error ?? null} />
    </div>
  );
}
