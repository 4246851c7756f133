import { z } from "zod";
import { ticketStatuses } from "./ticket-lifecycle";

/** A ticket number as the customer gives it; an unknown or malformed one is simply not found. */
export const ticketNumberInputSchema = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .transform((text) => text.toUpperCase());

export const REPLY_MAX_LENGTH = 5000;
export const CSAT_COMMENT_MAX_LENGTH = 1000;

/** A customer's reply: free text, control characters removed, line endings unified. */
export const replyBodySchema = z
  .string()
  .transform((raw) =>
    raw
      .replace(/\r\n?/g, "\n")
      .replace(/[^\P{Cc}\n\t]/gu, "")
      .trim(),
  )
  .pipe(z.string().min(1, "ticket.reply.empty").max(REPLY_MAX_LENGTH, "ticket.reply.tooLong"));

/** The one-question satisfaction survey: 1 (very dissatisfied) to 5 (very satisfied). */
export const csatInputSchema = z.object({
  score: z.number().int().min(1).max(5),
  comment: z
    .string()
    .trim()
    .max(CSAT_COMMENT_MAX_LENGTH)
    .transform((text) => text || null)
    .nullish(),
});

export const ticketStatusFilterSchema = z.enum(ticketStatuses);
