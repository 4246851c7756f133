"use client";

import type { InquiryFormField } from "@madoguchi/core/inquiry/inquiry-form";
import type { Locale } from "@madoguchi/core/locale/locale";
import type { ReactNode } from "react";
import { inquiryText } from "./inquiry-text";

export interface FieldControlProps {
  field: InquiryFormField;
  locale: Locale;
  defaultValue: string;
  error: string | null;
  /** Upper bounds the browser checks without JavaScript (dates cannot be in the future). */
  limits: { today: string; now: string };
  readOnly?: boolean;
  onBlur?: () => void;
  onInput?: () => void;
  /** Shown under the field, e.g. a secret warning. */
  children?: ReactNode;
}

/**
 * One field of the generated form: label with 必須/任意, the guide's tip and an example beside it,
 * the input its table row asks for, and the error next to it (aria-described).
 */
export function FieldControl({
  field,
  locale,
  defaultValue,
  error,
  limits,
  readOnly,
  onBlur,
  onInput,
  children,
}: FieldControlProps) {
  const t = inquiryText(locale).form;
  const id = `field-${field.key}`;
  const describedBy = [`${id}-help`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const common = {
    id,
    name: field.key,
    required: field.required,
    defaultValue,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    onBlur,
    onInput,
    readOnly,
  } as const;

  let control: ReactNode;
  switch (field.input) {
    case "textarea":
      control = (
        <textarea
          {...common}
          rows={field.key === "description" ? 8 : 3}
          maxLength={field.maxLength}
          minLength={field.minLength}
        />
      );
      break;
    case "select":
      control = (
        <select {...common}>
          <option value="">{t.choose}</option>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label[locale]}
            </option>
          ))}
        </select>
      );
      break;
    case "date":
      control = <input {...common} type="date" max={limits.today} autoComplete={field.autoComplete} />;
      break;
    case "datetime-local":
      control = <input {...common} type="datetime-local" max={limits.now} />;
      break;
    case "decimal":
      control = <input {...common} type="text" inputMode="decimal" maxLength={field.maxLength} />;
      break;
    case "email":
      control = (
        <input {...common} type="email" maxLength={field.maxLength} autoComplete={field.autoComplete} />
      );
      break;
    case "text":
      control = (
        <input {...common} type="text" maxLength={field.maxLength} autoComplete={field.autoComplete} />
      );
      break;
  }

  return (
    <div className="inquiry-field" data-field={field.key} data-invalid={error ? "true" : undefined}>
      <label htmlFor={id}>
        {field.label[locale]}{" "}
        <span className="badge" data-tone={field.required ? "danger" : undefined}>
          {field.required ? t.required : t.optional}
        </span>
      </label>
      <div className="inquiry-field-body">
        <div className="inquiry-field-input">
          {control}
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
          {children}
        </div>
        <p id={`${id}-help`} className="field-tip">
          {field.help[locale]}
          <span className="field-example">
            {t.example}
            {field.example[locale]}
          </span>
        </p>
      </div>
    </div>
  );
}
