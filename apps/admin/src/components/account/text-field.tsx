import type { InputHTMLAttributes, Ref } from "react";
import { LabelledField } from "@/components/form/labelled-field";

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "name" | "aria-invalid" | "aria-describedby"
> {
  id: string;
  name: string;
  label: string;
  /** Shown under the label before anything is typed (what is expected, e.g. 10文字以上). */
  hint?: string;
  /** The field's error as text, shown right under the input and announced with it. */
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and its error next to it (both tied to it for screen readers). */
export function TextField({ id, name, label, hint, error, type = "text", ...input }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        {...input}
        id={id}
        name={name}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
    </LabelledField>
  );
}

/** An error about the whole form (a link that expired, too many attempts), announced at once. */
export function FormError({ error, id = "form-error" }: { error?: string | null; id?: string }) {
  if (!error) return null;
  return (
    <p className="notice" data-tone="danger" role="alert" id={id} data-testid="form-error">
      {error}
    </p>
  );
}
