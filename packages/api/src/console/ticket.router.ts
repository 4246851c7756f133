import {
  linkIncidentInputSchema,
  mergeInputSchema,
  noteInputSchema,
  replyInputSchema,
  revealPiiInputSchema,
  ticketRefSchema,
  ticketUpdateSchema,
  transferInputSchema,
  verifyIdentityInputSchema,
} from "@madoguchi/core/workspace/workspace-schemas";
import { z } from "zod";
import { router } from "../trpc/init";
import { consoleProcedure } from "./console-procedure";
import { revealPii, verifyIdentity } from "./customer-identity";
import { visibleTicket } from "./change-ticket";
import { linkIncident, mergeTicketInto, transferTicketTo, updateTicket } from "./ticket-changes";
import { announcePresence } from "./ticket-presence";
import { addNote, replyToTicket } from "./ticket-reply";
import { getTicketView, linkableIncidents } from "./ticket-view";

const read = consoleProcedure("ticket.read");
const work = consoleProcedure("ticket.reply");

/**
 * The ticket workspace. Every procedure finds the ticket within the caller's windows only (one
 * outside them is NOT_FOUND, like a missing one); every change is saved over the version the
 * caller saw, or refused with CONFLICT.
 */
export const ticketRouter = router({
  get: read.input(ticketRefSchema).query(({ ctx, input }) => getTicketView(ctx, input.number)),
  incidents: read.query(({ ctx }) => linkableIncidents(ctx)),
  presence: read
    .input(
      ticketRefSchema.extend({ typing: z.boolean().default(false), leaving: z.boolean().default(false) }),
    )
    .mutation(async ({ ctx, input }) => {
      const ticket = await visibleTicket(ctx.db, ctx, input.number);
      return announcePresence(ctx.db, {
        ticketId: ticket.id,
        staffId: ctx.scope.id,
        typing: input.typing,
        leaving: input.leaving,
        now: ctx.now(),
      });
    }),
  reply: work.input(replyInputSchema).mutation(({ ctx, input }) => replyToTicket(ctx, input)),
  note: work.input(noteInputSchema).mutation(({ ctx, input }) => addNote(ctx, input)),
  update: work.input(ticketUpdateSchema).mutation(({ ctx, input }) => updateTicket(ctx, input)),
  transfer: work.input(transferInputSchema).mutation(({ ctx, input }) => transferTicketTo(ctx, input)),
  merge: work.input(mergeInputSchema).mutation(({ ctx, input }) => mergeTicketInto(ctx, input)),
  linkIncident: work.input(linkIncidentInputSchema).mutation(({ ctx, input }) => linkIncident(ctx, input)),
  verifyIdentity: work
    .input(verifyIdentityInputSchema)
    .mutation(({ ctx, input }) => verifyIdentity(ctx, input)),
  revealPii: consoleProcedure("customer.pii.reveal")
    .input(revealPiiInputSchema)
    .mutation(({ ctx, input }) => revealPii(ctx, input)),
});
