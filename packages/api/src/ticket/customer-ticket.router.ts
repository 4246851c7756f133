import {
  csatInputSchema,
  ticketNumberInputSchema,
  ticketStatusFilterSchema,
} from "@madoguchi/core/ticket/customer-ticket-input";
import { z } from "zod";
import { router } from "../trpc/init";
import { customerProcedure } from "../trpc/procedures";
import {
  getMyTicket,
  listMyTickets,
  markMyTicketSolved,
  rateMyTicket,
  reopenMyTicket,
  ticketCursorSchema,
} from "./customer-tickets";

const numberInput = z.object({ number: ticketNumberInputSchema });

/**
 * The signed-in customer's own tickets. Every query is scoped by the session's customer id:
 * another customer's ticket is NOT_FOUND, the same answer as a number that does not exist.
 * Replies (with attachments) are a multipart POST to /api/inquiries/<number>/messages.
 */
export const customerTicketRouter = router({
  list: customerProcedure
    .input(z.object({ status: ticketStatusFilterSchema.optional(), cursor: ticketCursorSchema.optional() }))
    .query(({ ctx, input }) => listMyTickets(ctx, ctx.customer.id, input)),

  get: customerProcedure
    .input(numberInput)
    .query(({ ctx, input }) => getMyTicket(ctx, ctx.customer.id, input.number)),

  markSolved: customerProcedure
    .input(numberInput)
    .mutation(({ ctx, input }) => markMyTicketSolved(ctx, ctx.customer.id, input.number)),

  reopen: customerProcedure
    .input(numberInput)
    .mutation(({ ctx, input }) => reopenMyTicket(ctx, ctx.customer.id, input.number)),

  rate: customerProcedure.input(numberInput.extend(csatInputSchema.shape)).mutation(({ ctx, input }) =>
    rateMyTicket(ctx, ctx.customer.id, {
      number: input.number,
      score: input.score,
      comment: input.comment ?? null,
    }),
  ),
});
