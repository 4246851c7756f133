import {
  escalatingStatuses,
  escalationRecipients,
  findSlaBreaches,
} from "@madoguchi/core/workspace/escalation-rules";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import type { Db } from "@madoguchi/db/client/create-client";
import {
  claimEscalation,
  type DueBreach,
  findDueBreaches,
  findEscalationContacts,
  lockEscalatingTicket,
} from "@madoguchi/db/jobs/escalation-repository";
import { enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { authEnv } from "../auth/env";

/** Breaches handled per run: a backlog after downtime goes out over several runs, not at once. */
export const ESCALATION_BATCH = 100;

/** The ticket's page in the console, on the console's public origin (as the staff invite link). */
export function consoleTicketUrl(number: string): string {
  return `${authEnv().baseUrls.admin}/tickets/${encodeURIComponent(number)}`;
}

/**
 * Tells the leads of a ticket's window that it missed an SLA deadline, once per missed deadline
 * however many runs or app instances see it: the escalation row is inserted first and only the
 * transaction that inserted it sends the emails. It notifies only: the priority is not raised,
 * as that is for the lead to decide.
 */
export async function runEscalations(
  db: Db,
  now: Date,
  options: { batchSize?: number } = {},
): Promise<{ escalated: number; emailed: number }> {
  const due = await findDueBreaches(db, {
    now,
    statuses: escalatingStatuses,
    limit: options.batchSize ?? ESCALATION_BATCH,
  });
  let escalated = 0;
  let emailed = 0;
  for (const breach of due) {
    const sent = await escalate(db, breach, now);
    if (sent !== null) {
      escalated++;
      emailed += sent;
    }
  }
  return { escalated, emailed };
}

/** One breach in its own transaction; the number of emails sent, or null when not escalated. */
function escalate(db: Db, breach: DueBreach, now: Date): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const ticket = await lockEscalatingTicket(tx, breach.ticketId);
    if (!ticket) return null;
    // Re-decided under the row lock: a reply or a new deadline since the query ends this breach.
    const current = findSlaBreaches(ticket, now).find(
      (b) => b.clock === breach.clock && b.dueAt.getTime() === breach.dueAt.getTime(),
    );
    if (!current) return null;
    if (
      !(await claimEscalation(tx, { ticketId: ticket.id, clock: current.clock, dueAt: current.dueAt, now }))
    ) {
      return null;
    }
    const recipients = escalationRecipients(await findEscalationContacts(tx, ticket.teamId));
    for (const lead of recipients) {
      await enqueueEmail(tx, {
        to: lead.email,
        locale: lead.locale,
        template: "ticket_escalated",
        data: {
          number: ticket.number,
          teamKey: ticket.teamKey,
          clock: current.clock,
          priority: ticket.priority,
          dueAt: current.dueAt.toISOString(),
          lateMinutes: current.lateMinutes,
          url: consoleTicketUrl(ticket.number),
        },
      });
    }
    const facts = {
      clock: current.clock,
      dueAt: current.dueAt.toISOString(),
      lateMinutes: current.lateMinutes,
      notified: recipients.map((lead) => lead.staffId),
    };
    await tx.ticketEvent.create({
      data: { ticketId: ticket.id, kind: "escalated", actorKind: "system", data: facts, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorKind: "system",
      action: "ticket.escalated",
      objectType: "ticket",
      objectId: ticket.id,
      data: { number: ticket.number, team: ticket.teamKey, ...facts },
      at: now,
    });
    return recipients.length;
  });
}
