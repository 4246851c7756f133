import { emailSchema } from "@madoguchi/core/account/canonical-email";
import { formKeySchema } from "@madoguchi/core/inquiry/inquiry-submission";
import { localeSchema } from "@madoguchi/core/locale/locale";
import { troubleTypeSchema } from "@madoguchi/core/trouble/trouble-types";
import { z } from "zod";
import { router } from "../trpc/init";
import { publicProcedure } from "../trpc/procedures";
import { followUpRouter } from "./follow-up.router";
import { sendInquiryCode } from "./inquiry-code";
import { formContext, inquiryDraft, inquiryReceipt } from "./inquiry-form-state";
import { recordDeflection, selfHelp } from "./self-help";

const subtypeInput = z.object({
  type: troubleTypeSchema,
  subtype: z.string().min(1).max(64),
  locale: localeSchema,
});

/**
 * Triage and filing. Filing itself is a multipart POST to /api/inquiries (attachments stream to
 * storage); these are what the pages around it need. Anyone may call them: login trouble is
 * filed without signing in, and what is scoped (drafts, receipts) is scoped to the caller.
 */
export const inquiryRouter = router({
  selfHelp: publicProcedure.input(subtypeInput).query(({ ctx, input }) => selfHelp(ctx, input)),

  /** "Solved": the flow ends here and counts as deflected. */
  deflect: publicProcedure
    .input(subtypeInput.extend({ articleSlug: z.string().max(200).optional() }))
    .mutation(({ ctx, input }) => recordDeflection(ctx, input)),

  /** A one-time code to the registered address typed, for login trouble filed without signing in. */
  requestCode: publicProcedure
    .input(z.object({ email: emailSchema, locale: localeSchema }))
    .mutation(({ ctx, input }) => sendInquiryCode(ctx, { ...input, scope: "file" })),

  formContext: publicProcedure
    .input(z.object({ type: troubleTypeSchema }))
    .query(({ ctx, input }) => formContext(ctx, input)),

  draft: publicProcedure
    .input(z.object({ formKey: formKeySchema }))
    .query(({ ctx, input }) => inquiryDraft(ctx, input.formKey)),

  receipt: publicProcedure
    .input(z.object({ formKey: formKeySchema }))
    .query(({ ctx, input }) => inquiryReceipt(ctx, input.formKey)),

  followUp: followUpRouter,
});
