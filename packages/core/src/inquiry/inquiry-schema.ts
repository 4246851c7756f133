import { z } from "zod";
import type { FieldKey } from "../trouble/subtypes";
import type { TroubleType } from "../trouble/trouble-types";
import { type NetworkDefinition, findNetwork } from "./field-options";
import {
  type ParseResult,
  parseAddress,
  parseAmount,
  parseBirthDate,
  parseEmail,
  parseFreeText,
  parseOption,
  parsePastDateTime,
  parsePersonName,
  parseReferenceId,
  parseTxid,
} from "./field-formats";
import type { FieldDefinition } from "./field-table";
import { inquiryFormFor } from "./inquiry-form";
import { type InquiryMessageKey, isInquiryMessageKey } from "./inquiry-messages";

/** The canonical values of a filed inquiry, one per field asked (ticket_field rows). */
export type InquiryFields = Partial<Record<FieldKey, string>>;

/**
 * Checks one field's raw input and returns its canonical value. TXIDs and addresses are only
 * compacted without a `network`: their shape depends on the network chosen.
 */
export function parseFieldValue(
  field: FieldDefinition,
  raw: string,
  context: { now: Date; network?: NetworkDefinition },
): ParseResult {
  if (raw.trim().length === 0) return { ok: false, key: "inquiry.required" };
  if (raw.trim().length > field.maxLength) return { ok: false, key: "inquiry.tooLong" };
  switch (field.format) {
    case "email":
      return parseEmail(raw);
    case "personName":
      return parsePersonName(raw);
    case "birthDate":
      return parseBirthDate(raw, context.now);
    case "referenceId":
      return parseReferenceId(raw);
    case "pastDateTime":
      return parsePastDateTime(raw, context.now);
    case "amount":
      return parseAmount(raw);
    case "option":
      return parseOption(raw, field.options ?? []);
    case "txid":
      return context.network ? parseTxid(raw, context.network) : { ok: true, value: raw.replace(/\s+/g, "") };
    case "address":
      return context.network
        ? parseAddress(raw, context.network)
        : { ok: true, value: raw.replace(/\s+/g, "") };
    case "freeText":
      return parseFreeText(raw, field.minLength ?? 1);
  }
}

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

function fieldSchema(field: FieldDefinition & { required: boolean }, now: Date) {
  const value = z
    .string({ error: (issue) => (issue.input === undefined ? "inquiry.required" : "inquiry.invalid") })
    .transform((raw, ctx) => {
      const result = parseFieldValue(field, raw, { now });
      if (result.ok) return result.value;
      ctx.addIssue({ code: "custom", message: result.key });
      return z.NEVER;
    });
  return z.preprocess(blankToUndefined, field.required ? value : value.optional());
}

/** Fields whose format depends on the network field. */
const networkBound = ["txid", "address"] as const;

/**
 * The zod schema of one subtype's inquiry form, built from the field table: the form, the
 * procedure and the tests all validate with it. Values come out canonical; keys the form does
 * not ask for (a `priority`, say) are dropped. Messages are keys of `inquiryMessages`.
 */
export function inquirySchemaFor(
  type: TroubleType,
  subtype: string,
  { now }: { now: Date },
): z.ZodType<InquiryFields> {
  const form = inquiryFormFor(type, subtype);
  const shape = Object.fromEntries(form.map((field) => [field.key, fieldSchema(field, now)]));
  const networkBoundFields = form.filter((field) => networkBound.some((key) => key === field.key));
  const networkOf = (values: Record<string, unknown>) =>
    typeof values.network === "string" ? findNetwork(values.network) : undefined;
  return z
    .object(shape)
    .superRefine(
      (values, ctx) => {
        const network = networkOf(values);
        if (!network) return;
        for (const field of networkBoundFields) {
          const value = values[field.key];
          if (typeof value !== "string") continue;
          const result = parseFieldValue(field, value, { now, network });
          if (!result.ok) ctx.addIssue({ code: "custom", message: result.key, path: [field.key] });
        }
      },
      // Checked even when other fields fail, so the customer sees every problem at once.
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    )
    .transform((values) => {
      const fields: InquiryFields = {};
      for (const field of form) {
        const value = values[field.key];
        if (typeof value === "string") fields[field.key] = value;
      }
      const network = networkOf(values);
      for (const field of networkBoundFields) {
        const value = fields[field.key];
        if (!network || value === undefined) continue;
        const result = parseFieldValue(field, value, { now, network });
        if (result.ok) fields[field.key] = result.value;
      }
      return fields;
    });
}

export interface InquiryIssue {
  field: FieldKey | null;
  messageKey: InquiryMessageKey;
}

/** The issues of a failed parse as (field, message key) pairs, for the form and the API. */
export function inquiryIssues(error: z.ZodError): InquiryIssue[] {
  return error.issues.map((issue) => {
    const [first] = issue.path;
    return {
      field: typeof first === "string" ? (first as FieldKey) : null,
      messageKey: isInquiryMessageKey(issue.message) ? issue.message : "inquiry.invalid",
    };
  });
}
