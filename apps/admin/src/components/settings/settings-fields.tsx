import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FieldError, LabelledField } from "@/components/form/labelled-field";

type Described = "id" | "name" | "aria-invalid" | "aria-describedby";

interface LabelledProps {
  id: string;
  name: string;
  label: string;
  /** The field's error as text, under the control and tied to it as `${id}-error`. */
  error?: string | null;
}

/** What describes a control, in reading order: other elements, its hint, then its error. */
function described(id: string, error: string | null | undefined, ...before: (string | undefined)[]) {
  const ids = [...before, error ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}

/** A labelled select (its options as children) with its error under it. */
export function SelectField({
  id,
  name,
  label,
  error,
  children,
  ...select
}: LabelledProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, Described>) {
  return (
    <LabelledField id={id} label={label} error={error}>
      <select {...select} id={id} name={name} {...described(id, error)}>
        {children}
      </select>
    </LabelledField>
  );
}

/** A labelled textarea with its hint and its error. */
export function TextAreaField({
  id,
  name,
  label,
  hint,
  describedBy,
  error,
  ...textarea
}: LabelledProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Described> & {
    /** Shown between the label and the textarea (what is expected). */
    hint?: string;
    /** Another element on the page that explains the field. */
    describedBy?: string;
  }) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        {...textarea}
        id={id}
        name={name}
        {...described(id, error, describedBy, hint ? `${id}-hint` : undefined)}
      />
    </LabelledField>
  );
}

/** A checkbox with its label after it. */
export function CheckField({
  id,
  name,
  label,
  ...input
}: { id: string; name: string; label: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  return (
    <div className="account-check">
      <input {...input} id={id} type="checkbox" name={name} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Controls that are answered together under a legend, with the group's error after them. */
export function FieldGroup({
  id,
  legend,
  error,
  children,
}: {
  id: string;
  legend: string;
  error: string | null;
  children: ReactNode;
}) {
  return (
    <fieldset className="account-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="account-legend">{legend}</legend>
      {children}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** A form's submit button, disabled while the form is sent, and what stands beside it. */
export function FormActions({
  label,
  pending,
  children,
}: {
  label: string;
  pending: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="account-actions">
      <button type="submit" className="account-button" disabled={pending}>
        {label}
      </button>
      {children}
    </div>
  );
}
