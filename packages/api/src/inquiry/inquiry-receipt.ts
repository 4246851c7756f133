import { ticketPrioritySchema } from "@madoguchi/core/routing/ticket-priority";
import { z } from "zod";

/** The idempotency scope of inquiry submissions; a receipt is stored under it. */
export const SUBMISSION_SCOPE = "inquiry";
/** How long a retry of the same form instance returns the first filing (and the receipt shows). */
export const SUBMISSION_TTL_MS = 24 * 60 * 60 * 1000;

/** What the confirmation shows: the number, the window, and when the first reply is due. */
export const inquiryReceiptSchema = z.object({
  number: z.string(),
  teamKey: z.string(),
  priority: ticketPrioritySchema,
  firstResponseDueAt: z.iso.datetime(),
  followUp: z.enum(["sign_in", "email_code"]),
});
export type InquiryReceipt = z.infer<typeof inquiryReceiptSchema>;
