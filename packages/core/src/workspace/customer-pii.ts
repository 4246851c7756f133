import { z } from "zod";
import { canonicalizeEmail, maskEmail } from "../account/canonical-email";

/** Personal data the console masks by default and reveals one field at a time, with a reason. */
export const piiFields = ["email", "fullName", "dateOfBirth"] as const;
export type PiiField = (typeof piiFields)[number];
export const piiFieldSchema = z.enum(piiFields);

/** Where a value comes from: the customer's account, or what was typed into the inquiry. */
export const piiSources = ["account", "ticket"] as const;
export type PiiSource = (typeof piiSources)[number];
export const piiSourceSchema = z.enum(piiSources);

export const piiFieldLabels: Readonly<Record<PiiField, string>> = {
  email: "メールアドレス",
  fullName: "氏名",
  dateOfBirth: "生年月日",
};

/** The inquiry fields that hold personal data, and which PII field each is. */
export const piiTicketFields: Readonly<Record<string, PiiField>> = {
  registeredEmail: "email",
  fullName: "fullName",
  dateOfBirth: "dateOfBirth",
};

/** Why a staff member looks: written to the audit log with the reveal. */
export const revealReasonSchema = z
  .string()
  .trim()
  .min(4, "workspace.pii.reasonTooShort")
  .max(200, "workspace.pii.reasonTooLong");

/** `山田 花子` -> `山* **`: the first character only, the shape of the name kept. */
export function maskFullName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return "";
  const [first = "", ...rest] = [...trimmed];
  return first + rest.map((char) => (/\s/.test(char) ? char : "*")).join("");
}

/** A date of birth says nothing until revealed; only that one is on file. */
export function maskDateOfBirth(_value: string): string {
  return "****-**-**";
}

export function maskPii(field: PiiField, value: string): string {
  switch (field) {
    case "email":
      return value.includes("@") ? maskEmail(value) : "***";
    case "fullName":
      return maskFullName(value);
    case "dateOfBirth":
      return maskDateOfBirth(value);
  }
}

/** A Date column (UTC midnight) as the `YYYY-MM-DD` a person reads and types. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type IdentityMatch = "match" | "mismatch" | "missing";

const normalizeName = (name: string) =>
  name
    .normalize("NFKC")
    .replace(/[\s・]/g, "")
    .toLowerCase();
const normalizeDate = (date: string) => date.normalize("NFKC").trim().replace(/[/.]/g, "-");

/**
 * Compares what a requester typed (an inquiry filed without signing in) with the account it
 * names, field by field, so staff can judge identity without revealing either side. A name
 * matches the registered name or its kana.
 */
export function compareIdentity(
  typed: Partial<Record<PiiField, string | null>>,
  account: { email: string; fullName: string; fullNameKana: string | null; dateOfBirth: string | null },
): Record<PiiField, IdentityMatch> {
  const email = (() => {
    if (!typed.email) return "missing" as const;
    const canonical = canonicalizeEmail(typed.email);
    return canonical.ok && canonical.email === account.email ? "match" : "mismatch";
  })();
  const fullName = (() => {
    if (!typed.fullName) return "missing" as const;
    const given = normalizeName(typed.fullName);
    const names = [account.fullName, account.fullNameKana].filter((name): name is string => !!name);
    return names.some((name) => normalizeName(name) === given) ? "match" : "mismatch";
  })();
  const dateOfBirth = (() => {
    if (!typed.dateOfBirth || !account.dateOfBirth) return "missing" as const;
    return normalizeDate(typed.dateOfBirth) === account.dateOfBirth ? "match" : "mismatch";
  })();
  return { email, fullName, dateOfBirth };
}
