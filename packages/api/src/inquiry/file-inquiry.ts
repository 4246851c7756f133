import { DomainError, RateLimitedError } from "@madoguchi/core/errors/domain-error";
import { inquiryRateLimits } from "@madoguchi/core/inquiry/inquiry-code";
import { requireSubtype } from "@madoguchi/core/inquiry/inquiry-form";
import { type InquiryIssue, inquiryIssues, inquirySchemaFor } from "@madoguchi/core/inquiry/inquiry-schema";
import {
  filingAccessFor,
  findInquirySecrets,
  inquiryEnvelopeSchema,
  inquirySubject,
  type InquiryEnvelope,
  redactInquiryFields,
  type SecretFlag,
  splitInquiryFields,
} from "@madoguchi/core/inquiry/inquiry-submission";
import { inquiryFormFor } from "@madoguchi/core/inquiry/inquiry-form";
import type { TicketFollowUp } from "@madoguchi/core/mail/email-message";
import { routeInquiry } from "@madoguchi/core/routing/route-inquiry";
import { ticketNumberInputSchema } from "@madoguchi/core/ticket/customer-ticket-input";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
} from "@madoguchi/db/idempotency/idempotency-repository";
import { deleteInquiryDraft } from "@madoguchi/db/inquiry/inquiry-form-state-repository";
import {
  type FilingCustomer,
  findFilingCustomer,
  findOwnTicketNumber,
} from "@madoguchi/db/inquiry/inquiry-repository";
import { enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import { markSearchSessionInquiry } from "@madoguchi/db/search/search-repository";
import { loadRoutingOverrides } from "@madoguchi/db/settings/routing-override-repository";
import { createTicket } from "@madoguchi/db/ticket/ticket-repository";
import type { StoredUpload } from "../attachment/parse-multipart-upload";
import { opaqueKey } from "../auth/action-token";
import type { Context } from "../context/context";
import { ticketDeadlines } from "../settings/sla-settings";
import { throttleCodeGuess, useInquiryCode } from "./inquiry-code";
import {
  type InquiryReceipt,
  inquiryReceiptSchema,
  SUBMISSION_SCOPE,
  SUBMISSION_TTL_MS,
} from "./inquiry-receipt";

/** A problem with one field of the form; `code` and `relatedTicket` are not fields of the table. */
export interface FormIssue {
  field: InquiryIssue["field"] | "code" | "relatedTicket";
  messageKey: string;
}

export type FileInquiryResult =
  | { status: "filed"; receipt: InquiryReceipt; replayed: boolean }
  | { status: "invalid"; envelope: InquiryEnvelope; issues: FormIssue[] }
  | { status: "secrets"; envelope: InquiryEnvelope; flags: SecretFlag[] };

/** How far back an inquiry is attributed to the searches of the same tab (as search.markInquiry). */
const SEARCH_ATTRIBUTION_MS = 24 * 60 * 60 * 1000;

export function parseEnvelope(form: ReadonlyMap<string, string>): InquiryEnvelope {
  const text = (name: string) => {
    const value = form.get(name)?.trim();
    return value ? value : undefined;
  };
  const parsed = inquiryEnvelopeSchema.safeParse({
    type: text("type"),
    subtype: text("subtype"),
    locale: text("locale") ?? "ja",
    formKey: text("formKey"),
    sendDespiteSecrets: form.get("sendDespiteSecrets") === "on" || form.get("sendDespiteSecrets") === "true",
    code: text("code"),
    relatedTicket: text("relatedTicket"),
    searchSessionId: text("searchSessionId"),
  });
  if (!parsed.success) throw new DomainError("INVALID", "inquiry.form.invalid");
  requireSubtype(parsed.data.type, parsed.data.subtype);
  return parsed.data;
}

/** The raw values of the subtype's fields, as typed (for the schema, and for a draft). */
export function rawFieldValues(
  envelope: InquiryEnvelope,
  form: ReadonlyMap<string, string>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of inquiryFormFor(envelope.type, envelope.subtype)) {
    const value = form.get(field.key);
    if (value !== undefined) values[field.key] = value;
  }
  return values;
}

async function filingCustomer(ctx: Pick<Context, "db" | "session">): Promise<FilingCustomer | null> {
  if (ctx.session?.kind !== "customer") return null;
  const customer = await findFilingCustomer(ctx.db, ctx.session.customerId);
  if (!customer) throw new DomainError("NOT_FOUND", "account.notFound");
  return customer;
}

class CodeRejected extends Error {}

/**
 * Files an inquiry: validates the subtype's fields with core's schema, stops at anything that
 * looks like a secret unless the customer sends anyway (then it is redacted), routes it, and
 * writes the ticket, its fields, attachments, the receipt email and the audit entry in one
 * transaction under the form instance's idempotency key. A replay of the same form instance
 * returns the first filing's receipt. The caller owns the uploaded files: it discards them
 * unless a new ticket now refers to them.
 */
export async function fileInquiry(
  ctx: Context,
  submission: { form: ReadonlyMap<string, string>; attachments: readonly StoredUpload[] },
): Promise<FileInquiryResult> {
  const now = ctx.now();
  const envelope = parseEnvelope(submission.form);
  const customer = await filingCustomer(ctx);
  const access = filingAccessFor(envelope.type, customer);
  if (!access.ok) {
    throw access.reason === "sign_in_required"
      ? new DomainError("UNAUTHORIZED", "inquiry.signInRequired")
      : new DomainError("FORBIDDEN", "account.emailNotVerified");
  }

  const parsed = inquirySchemaFor(envelope.type, envelope.subtype, { now }).safeParse(
    rawFieldValues(envelope, submission.form),
  );
  const issues: FormIssue[] = parsed.success ? [] : inquiryIssues(parsed.error);
  if (!customer && !envelope.code) issues.push({ field: "code", messageKey: "inquiry.code.required" });
  let relatedTicket: string | null = null;
  if (envelope.relatedTicket && customer) {
    const number = ticketNumberInputSchema.parse(envelope.relatedTicket);
    const own = await findOwnTicketNumber(ctx.db, { customerId: customer.id, number });
    if (own) relatedTicket = own.number;
    else issues.push({ field: "relatedTicket", messageKey: "ticket.notFound" });
  }
  if (!parsed.success || issues.length > 0) return { status: "invalid", envelope, issues };

  const flags = findInquirySecrets(parsed.data);
  if (flags.length > 0 && !envelope.sendDespiteSecrets) return { status: "secrets", envelope, flags };
  const { fields, redacted } =
    flags.length > 0 ? redactInquiryFields(parsed.data) : { fields: parsed.data, redacted: false };
  const { body, ticketFields } = splitInquiryFields(fields);
  if (relatedTicket) ticketFields.relatedTicket = relatedTicket;

  const anonymousEmail = customer ? null : (fields.registeredEmail ?? "");
  if (anonymousEmail !== null) {
    const perIp = await hitRateLimit(
      ctx.db,
      { key: `inquiry:file:ip:${opaqueKey(ctx.ip ?? "unknown")}`, ...inquiryRateLimits.anonymousFilingPerIp },
      now,
    );
    if (!perIp.allowed) throw new RateLimitedError("inquiry.rateLimited", perIp.retryAfterSeconds);
    await throttleCodeGuess(ctx, anonymousEmail);
  }

  const route = routeInquiry({
    type: envelope.type,
    subtype: envelope.subtype,
    plan: customer ? { slaTier: customer.plan.slaTier } : null,
    overrides: await loadRoutingOverrides(ctx.db),
  });
  const deadlines = await ticketDeadlines(ctx.db, {
    teamKey: route.team,
    openedAt: now,
    priority: route.priority,
    tier: route.slaTier,
  });
  if (!deadlines) throw new Error(`no team ${route.team}`);
  const followUp: TicketFollowUp = customer ? "sign_in" : "email_code";

  try {
    return await ctx.db.$transaction(async (tx) => {
      const claim = await claimIdempotencyKey(tx, {
        scope: SUBMISSION_SCOPE,
        clientKey: envelope.formKey,
        customerId: customer?.id ?? null,
        now,
        ttlMs: SUBMISSION_TTL_MS,
      });
      if (!claim.claimed) {
        return {
          status: "filed" as const,
          receipt: inquiryReceiptSchema.parse(claim.result),
          replayed: true,
        };
      }
      if (
        anonymousEmail !== null &&
        !(await useInquiryCode(tx, { scope: "file", email: anonymousEmail, code: envelope.code ?? "", now }))
      ) {
        throw new CodeRejected();
      }
      const ticket = await createTicket(tx, {
        customerId: customer?.id ?? null,
        contactEmail: customer?.email ?? anonymousEmail ?? "",
        contactName: customer?.fullName ?? fields.fullName ?? null,
        identityCheck: customer ? "not_required" : "pending",
        troubleType: envelope.type,
        subtype: envelope.subtype,
        subject: inquirySubject(envelope.type, envelope.subtype, fields, envelope.locale),
        priority: route.priority,
        teamKey: route.team,
        locale: envelope.locale,
        firstResponseDueAt: deadlines.firstResponseDueAt,
        resolutionDueAt: deadlines.resolutionDueAt,
        fields: ticketFields,
        message: { body, redacted },
        attachments: submission.attachments.map(({ field: _field, ...file }) => file),
        now,
      });
      const receipt: InquiryReceipt = {
        number: ticket.number,
        teamKey: route.team,
        priority: route.priority,
        firstResponseDueAt: deadlines.firstResponseDueAt.toISOString(),
        followUp,
      };
      await enqueueEmail(tx, {
        to: customer?.email ?? anonymousEmail ?? "",
        locale: customer?.locale ?? envelope.locale,
        template: "inquiry_received",
        data: {
          number: receipt.number,
          teamKey: receipt.teamKey,
          firstResponseDueAt: receipt.firstResponseDueAt,
          followUp,
        },
      });
      await recordAudit(tx, {
        actorKind: customer ? "customer" : "system",
        actorId: customer?.id ?? null,
        action: "inquiry.filed",
        objectType: "ticket",
        objectId: ticket.id,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        data: {
          number: ticket.number,
          type: envelope.type,
          subtype: envelope.subtype,
          priority: route.priority,
          anonymous: customer === null,
          redacted,
          attachments: submission.attachments.length,
        },
        at: now,
      });
      if (envelope.searchSessionId) {
        await markSearchSessionInquiry(
          tx,
          envelope.searchSessionId,
          new Date(now.getTime() - SEARCH_ATTRIBUTION_MS),
        );
      }
      await deleteInquiryDraft(tx, { customerId: customer?.id ?? null, formKey: envelope.formKey });
      await completeIdempotencyKey(tx, claim.key, { ...receipt });
      return { status: "filed" as const, receipt, replayed: false };
    });
  } catch (error) {
    if (error instanceof CodeRejected) {
      return { status: "invalid", envelope, issues: [{ field: "code", messageKey: "inquiry.code.invalid" }] };
    }
    throw error;
  }
}
