import { FREEZE_TICKET, freezeTicketText } from "@madoguchi/core/inquiry/freeze-ticket";
import { routeInquiry } from "@madoguchi/core/routing/route-inquiry";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import { findFilingCustomer } from "@madoguchi/db/inquiry/inquiry-repository";
import { type DbOrTx, enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { loadRoutingOverrides } from "@madoguchi/db/settings/routing-override-repository";
import { createTicket } from "@madoguchi/db/ticket/ticket-repository";
import type { AccountFrozenEvent } from "../account/account-frozen-hooks";
import { ticketDeadlines } from "../settings/sla-settings";

/**
 * An emergency freeze opens an urgent ticket for the security window, in the freezing
 * transaction (account-frozen hook). The customer can no longer sign in, so they follow it up
 * with their address, the ticket number and an emailed code, like login trouble; staff confirm
 * their identity before lifting the freeze. Without a security window configured the freeze
 * still happens: it matters more than the ticket.
 */
export async function openFreezeTicket(tx: DbOrTx, event: AccountFrozenEvent): Promise<void> {
  const customer = await findFilingCustomer(tx, event.customerId);
  if (!customer) return;
  const route = routeInquiry({
    ...FREEZE_TICKET,
    plan: { slaTier: customer.plan.slaTier },
    overrides: await loadRoutingOverrides(tx),
  });
  const deadlines = await ticketDeadlines(tx, {
    teamKey: route.team,
    openedAt: event.at,
    priority: route.priority,
    tier: route.slaTier,
  });
  if (!deadlines) return;
  const text = freezeTicketText(customer.locale, event.source);
  const ticket = await createTicket(tx, {
    customerId: customer.id,
    contactEmail: customer.email,
    contactName: customer.fullName,
    identityCheck: "pending",
    troubleType: FREEZE_TICKET.type,
    subtype: FREEZE_TICKET.subtype,
    subject: text.subject,
    priority: route.priority,
    teamKey: route.team,
    locale: customer.locale,
    firstResponseDueAt: deadlines.firstResponseDueAt,
    resolutionDueAt: deadlines.resolutionDueAt,
    fields: {},
    message: { body: text.body, redacted: false },
    attachments: [],
    now: event.at,
  });
  await enqueueEmail(tx, {
    to: customer.email,
    locale: customer.locale,
    template: "inquiry_received",
    data: {
      number: ticket.number,
      teamKey: route.team,
      firstResponseDueAt: deadlines.firstResponseDueAt.toISOString(),
      followUp: "email_code",
    },
  });
  await recordAudit(tx, {
    actorKind: "system",
    action: "inquiry.filed",
    objectType: "ticket",
    objectId: ticket.id,
    data: {
      number: ticket.number,
      type: FREEZE_TICKET.type,
      priority: route.priority,
      source: `account_freeze:${event.source}`,
    },
    at: event.at,
  });
}
