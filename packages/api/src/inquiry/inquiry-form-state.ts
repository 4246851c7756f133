import { filingAccessFor, type FilingAccess } from "@madoguchi/core/inquiry/inquiry-submission";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import { findInquiryDraft, findSubmissionResult } from "@madoguchi/db/inquiry/inquiry-form-state-repository";
import { findFilingCustomer } from "@madoguchi/db/inquiry/inquiry-repository";
import { z } from "zod";
import type { Context } from "../context/context";
import { type InquiryReceipt, inquiryReceiptSchema, SUBMISSION_SCOPE } from "./inquiry-receipt";

type Ctx = Pick<Context, "db" | "now" | "session">;

const customerIdOf = (ctx: Ctx) => (ctx.session?.kind === "customer" ? ctx.session.customerId : null);

export interface FormContext {
  access: FilingAccess;
  /** The signed-in customer, to fill in what the account already knows. */
  customer: {
    email: string;
    fullName: string;
    phoneSupport: boolean;
    planName: { ja: string; en: string };
  } | null;
}

/**
 * What the form page needs to know about who is filing: may they file this type (signed in with
 * a confirmed address, or login trouble without signing in), and does their plan include phone
 * support.
 */
export async function formContext(ctx: Ctx, input: { type: TroubleType }): Promise<FormContext> {
  const id = customerIdOf(ctx);
  const customer = id ? await findFilingCustomer(ctx.db, id) : null;
  return {
    access: filingAccessFor(input.type, customer),
    customer: customer && {
      email: customer.email,
      fullName: customer.fullName,
      phoneSupport: customer.plan.phoneSupport,
      planName: { ja: customer.plan.nameJa, en: customer.plan.nameEn },
    },
  };
}

/** A refused form sent without JavaScript, as the customer typed it (secrets already removed). */
export const inquiryDraftSchema = z.object({
  values: z.record(z.string(), z.string()),
  issues: z.array(z.object({ field: z.string().nullable(), messageKey: z.string() })),
  secrets: z.array(z.object({ field: z.string(), kinds: z.array(z.string()) })),
  problem: z.string().nullable(),
});
export type InquiryDraft = z.infer<typeof inquiryDraftSchema>;

export async function inquiryDraft(ctx: Ctx, formKey: string): Promise<InquiryDraft | null> {
  const stored = await findInquiryDraft(ctx.db, { customerId: customerIdOf(ctx), formKey, now: ctx.now() });
  const parsed = inquiryDraftSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** The receipt of a filed form instance, for whoever filed it; null for anyone else. */
export async function inquiryReceipt(ctx: Ctx, formKey: string): Promise<InquiryReceipt | null> {
  const stored = await findSubmissionResult(ctx.db, {
    scope: SUBMISSION_SCOPE,
    customerId: customerIdOf(ctx),
    formKey,
    now: ctx.now(),
  });
  const parsed = inquiryReceiptSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
