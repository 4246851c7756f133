import { z } from "zod";

/** A random id a browser tab keeps for its searches; not tied to any account or address. */
export const searchSessionIdSchema = z
  .string()
  .min(16)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const SEARCH_QUERY_MAX = 200;

const redactions: readonly [RegExp, string][] = [
  [/[^\s@]+@[^\s@]+\.[^\s@]+/gu, "[email]"],
  // Transaction hashes, wallet addresses, API keys: long runs of letters and digits.
  [/\b(?:0x)?[A-Za-z0-9]{26,}\b/gu, "[id]"],
  // Phone numbers, account and card numbers: eight or more digits, with separators allowed.
  [/\+?\d(?:[\s-]?\d){7,}/gu, "[number]"],
];

/**
 * The query as stored in the search log: what people look for, without what identifies them.
 * Someone may paste an address, a TXID or a phone number into the box; those are replaced by
 * placeholders (the deflection report needs the words, not the values).
 */
export function redactSearchQuery(query: string): string {
  const trimmed = query.normalize("NFKC").trim().replace(/\s+/gu, " ").slice(0, SEARCH_QUERY_MAX);
  return redactions.reduce((text, [pattern, placeholder]) => text.replace(pattern, placeholder), trimmed);
}
