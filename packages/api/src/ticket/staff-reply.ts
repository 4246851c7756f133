import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { Db } from "@madoguchi/db/client/create-client";
import { addStaffReply, findTicketContact } from "@madoguchi/db/ticket/staff-reply-repository";
import { setTicketStatus } from "@madoguchi/db/ticket/ticket-repository";
import { notifyCustomerOfStaffReply, notifyCustomerOfStatusChange } from "./ticket-notifications";

/**
 * A staff reply, optionally with a new status, and the customer's notices, in one transaction.
 * Until the console's ticket workspace exists this is how replies are made (tests, demo tools);
 * the console will add its own permission checks and optimistic locking around the same steps.
 */
export async function replyAsStaff(
  db: Db,
  input: { ticketId: string; staffId: string; body: string; status?: TicketStatus; now: Date },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await addStaffReply(tx, input);
    await notifyCustomerOfStaffReply(tx, { id: input.ticketId });
    if (input.status) {
      const current = await findTicketContact(tx, input.ticketId);
      if (current && current.status !== input.status) {
        await setTicketStatus(tx, {
          ticketId: input.ticketId,
          from: current.status,
          to: input.status,
          actor: { kind: "staff", id: input.staffId },
          now: input.now,
        });
        await notifyCustomerOfStatusChange(tx, { id: input.ticketId }, input.status);
      }
    }
  });
}
