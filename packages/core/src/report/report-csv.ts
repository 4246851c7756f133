/**
 * CSV for spreadsheets: RFC 4180 (CRLF records, fields with a comma, quote or line break quoted,
 * quotes doubled) and safe to open. A spreadsheet runs a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return as a formula (`=HYPERLINK(...)` in a ticket subject would
 * become a live link, or worse, DDE), so such a text cell gets a leading `'`, which spreadsheets
 * show as text and do not display.
 */

/** Excel reads a UTF-8 file as Shift_JIS unless it starts with a byte order mark. */
export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** Neutralizes a text that a spreadsheet would evaluate. */
export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * One field. Numbers are written as numbers: they are our own figures, never text from a
 * customer, and a negative one must stay a number in the sheet.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return String(value);
  }
  const text = neutralizeFormula(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(",");
}

/** A whole file: a header record, then the rows, each record ended by CRLF. */
export function encodeCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${csvRecord(row)}\r\n`).join("");
}
