import type { TicketFollowUp } from "@madoguchi/core/mail/email-message";
import {
  autoClosedStatus,
  autoCloseCutoffs,
  autoCloseStep,
} from "@madoguchi/core/workspace/auto-close-rules";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import type { Db } from "@madoguchi/db/client/create-client";
import {
  findAutoCloseCandidates,
  lockWaitingTicket,
  markAutoCloseNotice,
} from "@madoguchi/db/jobs/auto-close-repository";
import { type DbOrTx, enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { findTicketContact, type TicketContact } from "@madoguchi/db/ticket/staff-reply-repository";
import { setTicketStatus } from "@madoguchi/db/ticket/ticket-repository";

/** Tickets handled per run, so a backlog after downtime is spread over several runs. */
export const AUTO_CLOSE_BATCH = 100;

type Outcome = "noticed" | "closed" | null;

/**
 * Tickets waiting on the customer: on day 5 the customer is told the ticket will be set resolved
 * two days later unless they reply; on day 7 (and at least 48 hours after that notice) it is.
 * Replying moves the ticket out of waiting, and the database trigger then clears the clock and
 * the notice. Calendar days: business hours do not matter here.
 */
export async function runAutoClose(
  db: Db,
  now: Date,
  options: { batchSize?: number } = {},
): Promise<{ noticed: number; closed: number }> {
  const ids = await findAutoCloseCandidates(db, {
    ...autoCloseCutoffs(now),
    limit: options.batchSize ?? AUTO_CLOSE_BATCH,
  });
  const result = { noticed: 0, closed: 0 };
  for (const id of ids) {
    const outcome = await step(db, id, now);
    if (outcome) result[outcome]++;
  }
  return result;
}

/** One ticket in its own transaction, decided again under its row lock. */
function step(db: Db, ticketId: string, now: Date): Promise<Outcome> {
  return db.$transaction(async (tx): Promise<Outcome> => {
    const ticket = await lockWaitingTicket(tx, ticketId);
    if (!ticket) return null;
    const next = autoCloseStep(ticket, now);
    if (next.kind === "wait") return null;
    const contact = await findTicketContact(tx, ticket.id);
    if (!contact) return null;
    if (next.kind === "notice") {
      await markAutoCloseNotice(tx, { ticketId: ticket.id, closesAt: next.closesAt, now });
      const { to, locale, followUp } = addressOf(contact);
      await enqueueEmail(tx, {
        to,
        locale,
        template: "ticket_auto_close_notice",
        data: { number: contact.number, closesAt: next.closesAt.toISOString(), followUp },
      });
      await audit(tx, ticket, "ticket.auto_close.noticed", { closesAt: next.closesAt.toISOString() }, now);
      return "noticed";
    }
    const waited = {
      waitingSince: ticket.waitingSince?.toISOString() ?? null,
      noticeAt: ticket.noticeAt?.toISOString() ?? null,
    };
    await setTicketStatus(tx, {
      ticketId: ticket.id,
      from: ticket.status,
      to: autoClosedStatus,
      actor: { kind: "system", id: null },
      eventKind: "auto_closed",
      data: waited,
      now,
    });
    const { to, locale, followUp } = addressOf(contact);
    await enqueueEmail(tx, {
      to,
      locale,
      template: "ticket_auto_closed",
      data: { number: contact.number, followUp },
    });
    await audit(tx, ticket, "ticket.auto_closed", { to: autoClosedStatus, ...waited }, now);
    return "closed";
  });
}

/** Tells the account's address, or the one given when filing without signing in, as every ticket notice does. */
function addressOf(contact: TicketContact): { to: string; locale: "ja" | "en"; followUp: TicketFollowUp } {
  return {
    to: contact.email,
    locale: contact.locale,
    followUp: contact.anonymous ? "email_code" : "sign_in",
  };
}

function audit(
  tx: DbOrTx,
  ticket: { id: string; number: string },
  action: string,
  data: Record<string, string | null>,
  now: Date,
): Promise<void> {
  return recordAudit(tx, {
    actorKind: "system",
    action,
    objectType: "ticket",
    objectId: ticket.id,
    data: { number: ticket.number, ...data },
    at: now,
  });
}
