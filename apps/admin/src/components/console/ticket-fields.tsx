"use client";

import { fieldTable } from "@madoguchi/core/inquiry/field-table";
import { useConsoleLocale } from "@/i18n/locale-provider";
import styles from "./console.module.css";
import type { TicketView } from "./console-text";
import { CopyButton } from "./copy-button";
import { PiiValue } from "./pii-value";
import { workspaceText } from "./workspace-text";

/** The per-type facts the window asked for, each copyable; personal data masked until revealed. */
export function TicketFields({ view }: { view: TicketView }) {
  const locale = useConsoleLocale();
  if (view.fields.length === 0) return null;
  // The view names fields in Japanese; the table has both languages.
  const label = (field: TicketView["fields"][number]) =>
    locale === "ja" ? field.label : (fieldTable.find((f) => f.key === field.key)?.label.en ?? field.label);
  return (
    <section className={styles.panel} aria-labelledby="fields-title">
      <h2 id="fields-title">{workspaceText[locale].fields.title}</h2>
      <dl>
        {view.fields.map((field) => (
          <div key={field.key} style={{ display: "contents" }}>
            <dt>{label(field)}</dt>
            <dd className={styles.fieldRow} data-testid={`field-${field.key}`}>
              {field.pii ? (
                <PiiValue number={view.number} field={field.pii} source="ticket" masked={field.value} />
              ) : (
                <>
                  <span style={{ whiteSpace: "pre-wrap" }}>{field.value}</span>
                  {field.key !== "description" && <CopyButton value={field.value} label={label(field)} />}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
