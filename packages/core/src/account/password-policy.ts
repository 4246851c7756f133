import { z } from "zod";
import { commonPasswords } from "./common-passwords";

/**
 * NIST SP 800-63B style: a minimum length and a list of known-bad passwords, no composition
 * rules (they make passwords harder to remember, not to guess). The upper bound only keeps
 * hashing cheap to refuse.
 */
export const passwordPolicy = { minLength: 10, maxLength: 256 } as const;

export type PasswordProblem = "too_short" | "too_long" | "common" | "repetitive" | "personal";

export const passwordProblemMessageKey: Readonly<Record<PasswordProblem, string>> = {
  too_short: "account.password.tooShort",
  too_long: "account.password.tooLong",
  common: "account.password.common",
  repetitive: "account.password.repetitive",
  personal: "account.password.personal",
};

/** What the account already tells an attacker: a password made of it is guessed first. */
export interface PasswordContext {
  email?: string;
  fullName?: string;
}

/** Counts characters as people see them (a kanji or an emoji is one), not UTF-16 units. */
function length(text: string): number {
  return [...text].length;
}

function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

// Digits and symbols people bolt onto a word to pass a rule: `sakura2024!` is still `sakura`.
const decoration = /^\P{L}+|\P{L}+$/gu;

function isCommon(folded: string): boolean {
  if (commonPasswords.has(folded)) return true;
  const core = folded.replace(decoration, "");
  return core.length >= 3 && core !== folded && commonPasswords.has(core);
}

/** One character or one short block repeated (`aaaaaaaaaa`, `abcabcabcabc`). */
function isRepetitive(folded: string): boolean {
  const chars = [...folded];
  for (let size = 1; size <= 3; size++) {
    if (chars.length < size * 3) continue;
    const block = chars.slice(0, size).join("");
    if (block.repeat(Math.ceil(chars.length / size)).startsWith(folded)) return true;
  }
  return isSequence(chars);
}

/** A run of consecutive code points up or down (`0123456789`, `abcdefghij`, `zyxwvutsrq`). */
function isSequence(chars: string[]): boolean {
  if (chars.length < 4) return false;
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((code, i) => code - (codes[i] ?? 0)));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}

/** Made of the account's own details: nearly nothing is left once they are taken out. */
function isPersonal(folded: string, context: PasswordContext): boolean {
  const pieces: string[] = [];
  if (context.email) {
    const email = fold(context.email);
    pieces.push(email, email.slice(0, email.lastIndexOf("@")));
  }
  if (context.fullName) {
    const name = fold(context.fullName);
    pieces.push(name.replace(/\s+/g, ""), ...name.split(/\s+/));
  }
  let rest = folded;
  for (const piece of pieces.filter((p) => p.length >= 3).sort((a, b) => b.length - a.length)) {
    rest = rest.split(piece).join("");
  }
  return rest !== folded && (rest.match(/\p{L}/gu) ?? []).length < 4;
}

/** Every problem of a new password; an empty list means it is acceptable. */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const size = length(password);
  if (size < passwordPolicy.minLength) problems.push("too_short");
  if (size > passwordPolicy.maxLength) problems.push("too_long");
  const folded = fold(password);
  if (isCommon(folded)) problems.push("common");
  else if (isRepetitive(folded)) problems.push("repetitive");
  if (isPersonal(folded, context)) problems.push("personal");
  return problems;
}

/** A new password in a form or a procedure input (the account-specific check runs in the use case). */
export const newPasswordSchema = z.string().superRefine((password, ctx) => {
  for (const problem of checkPassword(password)) {
    ctx.addIssue({ code: "custom", message: passwordProblemMessageKey[problem] });
  }
});

/** A password being presented (sign-in, re-authentication): never judged, only bounded. */
export const presentedPasswordSchema = z
  .string()
  .min(1)
  .max(passwordPolicy.maxLength * 4);
