"use client";

import { ArticleBody } from "@madoguchi/ui/article-body";
import { useDeferredValue, useId } from "react";

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
        <small>
          Markdown（見出し ##、箇条書き -、リンク [文字](URL)、表）が使えます。HTML は表示されません。
        </small>
      </div>
      <section className="content-field" aria-label={`${label}のプレビュー`}>
        <span className="muted">プレビュー</span>
        <div className="content-preview" data-testid="markdown-preview">
          {preview.trim() ? (
            <ArticleBody markdown={preview} />
          ) : (
            <p className="muted">本文を入力するとここに表示されます。</p>
          )}
        </div>
      </section>
    </div>
  );
}
