import { emailSchema } from "@madoguchi/core/account/canonical-email";
import { localeSchema } from "@madoguchi/core/locale/locale";
import { ticketNumberInputSchema } from "@madoguchi/core/ticket/customer-ticket-input";
import { z } from "zod";
import { router } from "../trpc/init";
import { publicProcedure } from "../trpc/procedures";
import { guestReply, guestTicket, openFollowUp, requestFollowUpCode } from "./guest-follow-up";

const accessInput = z.object({ accessToken: z.string().min(20).max(100) });

/**
 * Following up an inquiry without signing in (login trouble, a frozen account): the contact
 * address and the ticket number, then the emailed code, open that one ticket for a while.
 */
export const followUpRouter = router({
  requestCode: publicProcedure
    .input(z.object({ email: emailSchema, number: ticketNumberInputSchema, locale: localeSchema }))
    .mutation(({ ctx, input }) => requestFollowUpCode(ctx, input)),

  open: publicProcedure
    .input(z.object({ email: emailSchema, number: ticketNumberInputSchema, code: z.string().max(32) }))
    .mutation(({ ctx, input }) => openFollowUp(ctx, input)),

  ticket: publicProcedure.input(accessInput).query(({ ctx, input }) => guestTicket(ctx, input.accessToken)),

  reply: publicProcedure
    .input(
      accessInput.extend({ body: z.string().max(20_000), sendDespiteSecrets: z.boolean().default(false) }),
    )
    .mutation(({ ctx, input }) => guestReply(ctx, input)),
});
