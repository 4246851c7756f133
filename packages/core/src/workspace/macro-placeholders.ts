import type { Locale } from "../locale/locale";

export const placeholderKeys = ["name", "ticketNumber", "window"] as const;
export type PlaceholderKey = (typeof placeholderKeys)[number];
export type PlaceholderValues = Readonly<Record<PlaceholderKey, string>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

const isKnown = (key: string): key is PlaceholderKey => (placeholderKeys as readonly string[]).includes(key);

/** The placeholders a text uses that no value exists for: sending it would show `{{...}}` to the customer. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const key = match[1] ?? "";
    if (!isKnown(key)) unknown.add(key);
  }
  return [...unknown];
}

/**
 * Fills `{{name}}`, `{{ticketNumber}}` and `{{window}}`; only the keys given in `values` are
 * replaced, so the console can fill the harmless ones while composing and leave `{{name}}`
 * (personal data) to the server at sending time.
 */
export function renderPlaceholders(text: string, values: Partial<PlaceholderValues>): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => {
    if (!isKnown(key)) return whole;
    return values[key] ?? whole;
  });
}

/**
 * How a reply addresses the customer: the registered name with 様 in Japanese, the bare name in
 * English, or a polite generic form when no name is known (an inquiry filed without signing in).
 */
export function customerAddress(name: string | null, locale: Locale): string {
  const trimmed = name?.trim() ?? "";
  if (locale === "en") return trimmed || "Customer";
  return trimmed ? `${trimmed}様` : "お客様";
}
