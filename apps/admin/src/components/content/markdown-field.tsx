"use client";

import { ArticleBody } from "@madoguchi/ui/article-body";
import { useDeferredValue, useId } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { contentEditorText } from "./content-editor-text";

/**
 * A Markdown textarea with a live preview, rendered by the same component as the portal's
 * articles (so what the writer sees is what readers get). No editor dependency: the textarea
 * keeps every keyboard habit and assistive technology working.
 */
export function MarkdownField({
  label,
  value,
  onChange,
  rows = 18,
  required = false,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  required?: boolean;
  name?: string;
}) {
  const id = useId();
  const preview = useDeferredValue(value);
  const t = contentEditorText[useConsoleLocale()].markdown;
  return (
    <div className="content-editor">
      <div className="content-field">
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          name={name}
          rows={rows}
          value={value}
          required={required}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
        <small>{t.hint}</small>
      </div>
      <section className="content-field" aria-label={t.previewOf(label)}>
        <span className="muted">{t.preview}</span>
        <div className="content-preview" data-testid="markdown-preview">
          {preview.trim() ? <ArticleBody markdown={preview} /> : <p className="muted">{t.empty}</p>}
        </div>
      </section>
    </div>
  );
}
