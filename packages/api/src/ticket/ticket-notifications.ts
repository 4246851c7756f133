import type { TicketFollowUp } from "@madoguchi/core/mail/email-message";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import { type DbOrTx, enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { findTicketContact, type TicketContact } from "@madoguchi/db/ticket/staff-reply-repository";

/**
 * Emails that tell a customer something happened on their ticket. They carry the number and a
 * plain instruction, never the content and never a sign-in link. Call them in the transaction of
 * the change, so the email goes out exactly when the change commits.
 */
async function contactOf(tx: DbOrTx, ticket: { id: string }): Promise<TicketContact> {
  const contact = await findTicketContact(tx, ticket.id);
  if (!contact) throw new Error(`no ticket ${ticket.id}`);
  return contact;
}

const followUpOf = (contact: TicketContact): TicketFollowUp => (contact.anonymous ? "email_code" : "sign_in");

/** A staff member replied publicly (the console calls this with its reply). */
export async function notifyCustomerOfStaffReply(tx: DbOrTx, ticket: { id: string }): Promise<void> {
  const contact = await contactOf(tx, ticket);
  await enqueueEmail(tx, {
    to: contact.email,
    locale: contact.locale,
    template: "ticket_replied",
    data: { number: contact.number, followUp: followUpOf(contact) },
  });
}

/** Staff changed the status (waiting for the customer, resolved, closed ...). */
export async function notifyCustomerOfStatusChange(
  tx: DbOrTx,
  ticket: { id: string },
  status: TicketStatus,
): Promise<void> {
  const contact = await contactOf(tx, ticket);
  await enqueueEmail(tx, {
    to: contact.email,
    locale: contact.locale,
    template: "ticket_status_changed",
    data: { number: contact.number, status, followUp: followUpOf(contact) },
  });
}
