import { z } from "zod";
import { localeSchema, type Locale } from "../locale/locale";
import { type SecretKind, detectSecrets } from "../secrets/detect-secrets";
import { redactSecrets } from "../secrets/redact-secrets";
import type { FieldKey } from "../trouble/subtypes";
import { troubleType, troubleTypeSchema, type TroubleType } from "../trouble/trouble-types";
import { requireSubtype } from "./inquiry-form";
import type { InquiryFields } from "./inquiry-schema";

/**
 * The key of one form instance, made when the form is shown: a double click or a retry after a
 * network error sends the same key and files one ticket.
 */
export const formKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/** What travels with the fields of a filed inquiry (the fields themselves: `inquirySchemaFor`). */
export const inquiryEnvelopeSchema = z.object({
  type: troubleTypeSchema,
  subtype: z.string().min(1).max(64),
  locale: localeSchema,
  formKey: formKeySchema,
  /** The customer saw the secret warning and sends anyway: what was flagged is redacted. */
  sendDespiteSecrets: z.boolean().default(false),
  /** Filed without signing in: the one-time code emailed to the registered address typed. */
  code: z.string().max(32).optional(),
  /** A resolved ticket that can no longer be reopened, continued by this new inquiry. */
  relatedTicket: z.string().max(32).optional(),
  searchSessionId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/)
    .optional(),
});
export type InquiryEnvelope = z.infer<typeof inquiryEnvelopeSchema>;

/** Free-text fields, where a customer may paste what staff must never receive. */
export const secretScannedFields = ["description", "errorMessage"] as const satisfies readonly FieldKey[];

/** Values of the structured fields: the same value repeated in free text is not a secret. */
function knownValues(fields: InquiryFields): string[] {
  return (["txid", "address", "tradeId", "transactionId"] as const)
    .map((key) => fields[key])
    .filter((value): value is string => typeof value === "string");
}

export interface SecretFlag {
  field: FieldKey;
  kinds: SecretKind[];
}

/** Where the inquiry contains something that looks like a secret, field by field. */
export function findInquirySecrets(fields: InquiryFields): SecretFlag[] {
  const known = knownValues(fields);
  return secretScannedFields.flatMap((field) => {
    const text = fields[field];
    if (!text) return [];
    const kinds = [...new Set(detectSecrets(text, { knownValues: known }).map((finding) => finding.kind))];
    return kinds.length > 0 ? [{ field, kinds }] : [];
  });
}

/** The inquiry as stored when sent despite the warning: every flagged secret replaced by a marker. */
export function redactInquiryFields(fields: InquiryFields): { fields: InquiryFields; redacted: boolean } {
  const known = knownValues(fields);
  const result: InquiryFields = { ...fields };
  let redacted = false;
  for (const field of secretScannedFields) {
    const text = fields[field];
    if (!text) continue;
    const redaction = redactSecrets(text, { knownValues: known });
    result[field] = redaction.text;
    redacted ||= redaction.redacted;
  }
  return { fields: result, redacted };
}

const SUBJECT_SUMMARY_MAX = 40;

/** The ticket's subject: the subtype's name and the start of the description, in the form's language. */
export function inquirySubject(
  type: TroubleType,
  subtype: string,
  fields: InquiryFields,
  locale: Locale,
): string {
  const name = requireSubtype(type, subtype).name[locale];
  const firstLine = (fields.description ?? "").split("\n")[0]?.trim() ?? "";
  if (!firstLine) return name;
  const summary =
    firstLine.length > SUBJECT_SUMMARY_MAX ? `${firstLine.slice(0, SUBJECT_SUMMARY_MAX - 1)}…` : firstLine;
  return `${name}: ${summary}`;
}

/** The first message is the description; every other field becomes a ticket field row. */
export function splitInquiryFields(fields: InquiryFields): {
  body: string;
  ticketFields: Record<string, string>;
} {
  const { description = "", ...rest } = fields;
  const ticketFields: Record<string, string> = {};
  for (const [key, value] of Object.entries(rest)) if (typeof value === "string") ticketFields[key] = value;
  return { body: description, ticketFields };
}

export type FilingAccess =
  | { ok: true; as: "customer" | "anonymous" }
  | { ok: false; reason: "sign_in_required" | "email_not_verified" };

/**
 * Who may file this type: a signed-in customer with a confirmed address, or, for the types a
 * customer may be unable to sign in for (login trouble), anyone proving their address by code.
 */
export function filingAccessFor(
  type: TroubleType,
  customer: { emailVerified: boolean } | null,
): FilingAccess {
  if (customer)
    return customer.emailVerified
      ? { ok: true, as: "customer" }
      : { ok: false, reason: "email_not_verified" };
  return troubleType(type).anonymousAllowed
    ? { ok: true, as: "anonymous" }
    : { ok: false, reason: "sign_in_required" };
}
