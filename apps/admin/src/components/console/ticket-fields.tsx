"use client";

import styles from "./console.module.css";
import type { TicketView } from "./console-text";
import { CopyButton } from "./copy-button";
import { PiiValue } from "./pii-value";

/** The per-type facts the window asked for, each copyable; personal data masked until revealed. */
export function TicketFields({ view }: { view: TicketView }) {
  if (view.fields.length === 0) return null;
  return (
    <section className={styles.panel} aria-labelledby="fields-title">
      <h2 id="fields-title">お問い合わせの内容</h2>
      <dl>
        {view.fields.map((field) => (
          <div key={field.key} style={{ display: "contents" }}>
            <dt>{field.label}</dt>
            <dd className={styles.fieldRow} data-testid={`field-${field.key}`}>
              {field.pii ? (
                <PiiValue number={view.number} field={field.pii} source="ticket" masked={field.value} />
              ) : (
                <>
                  <span style={{ whiteSpace: "pre-wrap" }}>{field.value}</span>
                  {field.key !== "description" && <CopyButton value={field.value} label={field.label} />}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
