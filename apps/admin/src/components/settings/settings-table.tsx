import type { ReactNode } from "react";

/**
 * A settings table whose last column holds a button or a badge per row: its heading is there
 * for screen readers only.
 */
export function SettingsTable({
  columns,
  lastColumn,
  caption,
  className,
  testId,
  children,
}: {
  columns: readonly string[];
  lastColumn: string;
  /** Names the table for screen readers when no heading right above it does. */
  caption?: string;
  className?: string;
  testId?: string;
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <div className="account-table-wrap">
      <table className={className ? `account-table ${className}` : "account-table"} data-testid={testId}>
        {caption && <caption className="account-visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="account-visually-hidden">{lastColumn}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A row's remove button: a form of its own that sends `intent=remove` and what names the row. */
export function RemoveRowForm({
  action,
  fields,
  label,
  tone,
  pending,
  children,
}: {
  action: (form: FormData) => void;
  /** Hidden fields, in order, that say what to remove. */
  fields: Readonly<Record<string, string>>;
  /** The button's accessible name (which row it removes). */
  label: string;
  tone: "danger" | "secondary";
  pending: boolean;
  children: ReactNode;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="intent" value="remove" />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className={`account-button account-button-small account-button-${tone}`}
        aria-label={label}
        disabled={pending}
      >
        {children}
      </button>
    </form>
  );
}
