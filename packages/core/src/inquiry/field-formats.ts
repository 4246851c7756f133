import { type EmailProblem, canonicalizeEmail } from "../account/canonical-email";
import { jstDateKey, jstInstant, jstParts } from "../sla/jst-time";
import type { NetworkDefinition, SelectOption } from "./field-options";
import type { InquiryMessageKey } from "./inquiry-messages";

/** A parsed field value in its canonical form (stored as a ticket field), or why it was refused. */
export type ParseResult = { ok: true; value: string } | { ok: false; key: InquiryMessageKey };

const ok = (value: string): ParseResult => ({ ok: true, value });
const fail = (key: InquiryMessageKey): ParseResult => ({ ok: false, key });

/** Full-width digits, letters and punctuation typed with a Japanese IME become ASCII. */
function fold(raw: string): string {
  return raw.normalize("NFKC").trim();
}

/**
 * How far ahead of the server's clock a time may be: the form checks against the browser's
 * clock first, and the two commonly differ by a minute or two.
 */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
/** No exchange record predates this; an earlier year is a typo (0226 for 2026). */
const EARLIEST_YEAR = 2000;
export const MAX_AGE_YEARS = 120;
export const AMOUNT_MAX_FRACTION_DIGITS = 18;
const AMOUNT_MAX_INTEGER_DIGITS = 24;

const emailProblems: Readonly<Record<EmailProblem, InquiryMessageKey>> = {
  empty: "inquiry.required",
  list: "inquiry.email.multiple",
  format: "inquiry.email.format",
  too_long: "inquiry.email.format",
};

/** One address, canonical as accounts store it (the same rule as sign-up and sign-in). */
export function parseEmail(raw: string): ParseResult {
  const result = canonicalizeEmail(raw);
  return result.ok ? ok(result.email) : fail(emailProblems[result.problem]);
}

export function parsePersonName(raw: string): ParseResult {
  const text = fold(raw).replace(/\s+/g, " ");
  if (!/\p{L}/u.test(text) || /[\p{N}@<>\p{Cc}]/u.test(text)) return fail("inquiry.fullName.format");
  return ok(text);
}

const datePattern = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const dateTimePattern = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** A date of birth: a real date, not after today in Japan, at most 120 years ago. */
export function parseBirthDate(raw: string, now: Date): ParseResult {
  const match = datePattern.exec(fold(raw));
  if (!match) return fail("inquiry.date.format");
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = jstInstant(year, month, day);
  if (!instant) return fail("inquiry.date.format");
  const key = jstDateKey(instant);
  const today = jstParts(now);
  if (key > jstDateKey(now)) return fail("inquiry.dateOfBirth.future");
  const oldest = `${String(today.year - MAX_AGE_YEARS).padStart(4, "0")}${jstDateKey(now).slice(4)}`;
  if (key < oldest) return fail("inquiry.dateOfBirth.range");
  return ok(key);
}

/** When something happened, as typed in JST (datetime-local); not in the future. */
export function parsePastDateTime(raw: string, now: Date): ParseResult {
  const match = dateTimePattern.exec(fold(raw));
  if (!match) return fail("inquiry.datetime.format");
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = match[6] === undefined ? undefined : Number(match[6]);
  const instant = jstInstant(year, month, day, hour, minute, second ?? 0);
  if (!instant) return fail("inquiry.datetime.format");
  if (year < EARLIEST_YEAR) return fail("inquiry.datetime.tooOld");
  if (instant.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return fail("inquiry.datetime.future");
  const pad = (value: number) => String(value).padStart(2, "0");
  const time = `${pad(hour)}:${pad(minute)}${second === undefined ? "" : `:${pad(second)}`}`;
  return ok(`${jstDateKey(instant)}T${time}`);
}

/** Trade, deposit and withdrawal IDs as the exchange's history shows them. */
export function parseReferenceId(raw: string): ParseResult {
  const text = fold(raw);
  return /^[A-Za-z0-9-]{4,64}$/.test(text) ? ok(text) : fail("inquiry.referenceId.format");
}

/**
 * A positive decimal kept as a string (no floating point): thousands separators allowed,
 * at most 18 fractional digits (wei-level precision), no exponent notation.
 */
export function parseAmount(raw: string): ParseResult {
  const text = fold(raw);
  if (/^[+-]?[\d.,]*\d[eE][+-]?\d+$/.test(text)) return fail("inquiry.amount.exponent");
  if (/^-[\d.,]+$/.test(text)) return fail("inquiry.amount.positive");
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(text)) return fail("inquiry.amount.format");
  const [integerPart = "", fraction = ""] = text.replace(/,/g, "").split(".");
  if (fraction.length > AMOUNT_MAX_FRACTION_DIGITS) return fail("inquiry.amount.fraction");
  const integer = integerPart.replace(/^0+(?=\d)/, "");
  if (integer.length > AMOUNT_MAX_INTEGER_DIGITS) return fail("inquiry.amount.tooLarge");
  if (/^0*$/.test(integer + fraction)) return fail("inquiry.amount.positive");
  const significant = fraction.replace(/0+$/, "");
  return ok(significant ? `${integer}.${significant}` : integer);
}

/** A choice from a list; the value, or a label typed by an API client, case-insensitively. */
export function parseOption(raw: string, options: readonly SelectOption[]): ParseResult {
  const text = fold(raw).toLowerCase();
  const found = options.find(
    (option) =>
      option.value.toLowerCase() === text ||
      option.label.ja.toLowerCase() === text ||
      option.label.en.toLowerCase() === text,
  );
  return found ? ok(found.value) : fail("inquiry.option.unknown");
}

/** Hashes and addresses contain no spaces; a paste may bring line breaks with it. */
function compact(raw: string): string {
  return raw.normalize("NFKC").replace(/\s+/g, "");
}

export function parseTxid(raw: string, network: NetworkDefinition): ParseResult {
  const text = network.hexTxid ? compact(raw).toLowerCase() : compact(raw);
  return network.txid.test(text) ? ok(text) : fail("inquiry.txid.format");
}

export function parseAddress(raw: string, network: NetworkDefinition): ParseResult {
  const text = compact(raw);
  return network.address.test(text) ? ok(text) : fail("inquiry.address.format");
}

/** Free text: control characters other than line breaks and tabs removed, line endings unified. */
export function parseFreeText(raw: string, minLength: number): ParseResult {
  const text = raw
    .replace(/\r\n?/g, "\n")
    .replace(/[^\P{Cc}\n\t]/gu, "")
    .trim();
  if (text.length === 0) return fail("inquiry.required");
  if (text.length < minLength) return fail("inquiry.description.tooShort");
  return ok(text);
}
