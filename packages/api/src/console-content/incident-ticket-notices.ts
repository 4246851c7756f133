import { incidentResolvedNotice } from "@madoguchi/core/incident/incident-ticket-notice";
import type { Db } from "@madoguchi/db/client/create-client";
import {
  addIncidentNotice,
  findIncidentTitles,
  listRecentTicketNotices,
  listTicketsAwaitingIncidentNotice,
  lockIncidentNotice,
} from "@madoguchi/db/incident/incident-ticket-notice-repository";
import { enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { findTicketContact } from "@madoguchi/db/ticket/staff-reply-repository";
import { helpCenterEnv } from "../help-center/env";
import { statusLinks } from "../status/status-tokens";

const BATCH = 100;
/** A backstop against a loop that makes no progress; far beyond any real incident. */
const MAX_BATCHES = 1_000;

/**
 * Tells every open ticket linked to an ended incident: a public system message in the customer's
 * language (with the incident's title and the status page) and the email that says there is
 * news, in batches of one transaction each, so a large incident never holds one huge
 * transaction. Each ticket is told once (its event is the marker), so a run that stopped halfway
 * can simply run again.
 *
 * The ticket's status stays as it is. Zendesk solves the incidents linked to a problem when the
 * problem is solved; here an outage often leaves something to check per customer (a deposit
 * credited late, an order that failed during it), so closing is the agent's call after reading
 * the reply the notice invites. Resolved and closed tickets get nothing: their case is over.
 */
export async function noticeLinkedTickets(
  db: Db,
  input: { incidentId: string; now: Date },
): Promise<{ notified: number }> {
  const incident = await findIncidentTitles(db, input.incidentId);
  if (!incident) return { notified: 0 };
  const env = helpCenterEnv();
  let notified = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const told = await db.$transaction(async (tx) => {
      await lockIncidentNotice(tx, input.incidentId);
      const tickets = await listTicketsAwaitingIncidentNotice(tx, {
        incidentId: input.incidentId,
        take: BATCH,
      });
      for (const ticket of tickets) {
        const contact = await findTicketContact(tx, ticket.id);
        if (!contact) continue;
        const title = contact.locale === "en" ? (incident.titleEn ?? incident.titleJa) : incident.titleJa;
        const statusUrl = statusLinks(env.webBaseUrl, contact.locale).status;
        await addIncidentNotice(tx, {
          ticketId: ticket.id,
          incidentId: input.incidentId,
          incidentTitle: incident.titleJa,
          body: incidentResolvedNotice(contact.locale, { kind: incident.kind, title, statusUrl }),
          now: input.now,
        });
        await enqueueEmail(tx, {
          to: contact.email,
          locale: contact.locale,
          template: "incident_resolved_ticket",
          data: {
            number: contact.number,
            kind: incident.kind,
            title,
            statusUrl,
            followUp: contact.anonymous ? "email_code" : "sign_in",
          },
        });
      }
      return tickets.length;
    });
    notified += told;
    if (told < BATCH) break;
  }
  return { notified };
}

const RESUME_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The content scheduler's sweep: finishes the ticket notices of incidents that ended in the last
 * day, in case a run stopped halfway (a crash, a deploy). A finished run finds nothing to do.
 */
export async function resumeIncidentNotices(db: Db, now: Date): Promise<{ notified: number }> {
  const incidents = await listRecentTicketNotices(db, new Date(now.getTime() - RESUME_WINDOW_MS));
  let notified = 0;
  for (const incident of incidents) {
    notified += (await noticeLinkedTickets(db, { incidentId: incident.id, now })).notified;
  }
  return { notified };
}
