import { z } from "zod";

export type EmailProblem = "empty" | "list" | "format" | "too_long";

export type CanonicalEmailResult = { ok: true; email: string } | { ok: false; problem: EmailProblem };

// RFC 5321 limits: 64 octets of local part, 254 for the whole address as used in SMTP.
const MAX_LOCAL = 64;
const MAX_TOTAL = 254;

// The dot-atom of RFC 5322 without quoted strings or comments: what real mailboxes use, and
// nothing that could smuggle a second address or a display name.
const localPart = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
const domainLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const topLevel = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

// Separators that make one field hold several recipients.
const listSeparators = /[,;\s<>]/;

/**
 * The one form an address is stored, compared and sent in: trimmed, NFKC (so that a full-width
 * `ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ` typed with a Japanese IME is the same address), domain in lower case.
 * The local part keeps its case (RFC 5321 leaves it to the mailbox), and exactly one address is
 * accepted: a list, a display name or a quoted local part is refused rather than guessed at.
 */
export function canonicalizeEmail(raw: string): CanonicalEmailResult {
  const normalized = raw.normalize("NFKC").trim();
  if (normalized === "") return { ok: false, problem: "empty" };
  if (listSeparators.test(normalized)) return { ok: false, problem: "list" };
  const at = normalized.lastIndexOf("@");
  if (at <= 0 || normalized.indexOf("@") !== at) return { ok: false, problem: "format" };
  const local = normalized.slice(0, at);
  const domain = normalized
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, "");
  if (local.length > MAX_LOCAL || local.length + 1 + domain.length > MAX_TOTAL) {
    return { ok: false, problem: "too_long" };
  }
  if (!localPart.test(local)) return { ok: false, problem: "format" };
  const labels = domain.split(".");
  const tld = labels[labels.length - 1] ?? "";
  if (labels.length < 2 || !labels.every((label) => domainLabel.test(label)) || !topLevel.test(tld)) {
    return { ok: false, problem: "format" };
  }
  return { ok: true, email: `${local}@${domain}` };
}

/** Message keys per problem, for forms and procedure errors. */
export const emailProblemMessageKey: Readonly<Record<EmailProblem, string>> = {
  empty: "account.email.required",
  list: "account.email.single",
  format: "account.email.invalid",
  too_long: "account.email.tooLong",
};

/** An input field holding one email address; its output is the canonical form. */
export const emailSchema = z.string().transform((raw, ctx) => {
  const result = canonicalizeEmail(raw);
  if (result.ok) return result.email;
  ctx.addIssue({ code: "custom", message: emailProblemMessageKey[result.problem] });
  return z.NEVER;
});

/**
 * Shows enough of an address for its owner to recognize it and little to anyone else:
 * `hanako@example.jp` -> `ha***@ex***.jp`.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const suffix = dot > 0 ? domain.slice(dot) : "";
  return `${local.slice(0, Math.min(2, local.length))}***@${host.slice(0, Math.min(2, host.length))}***${suffix}`;
}
