import type { StaffRole } from "@madoguchi/core/access/permissions";
import type { Locale } from "@madoguchi/core/locale/locale";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { SlaClock, SlaFacts } from "@madoguchi/core/workspace/escalation-rules";
import { randomUUID } from "node:crypto";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface DueBreach {
  ticketId: string;
  clock: SlaClock;
  dueAt: Date;
}

/**
 * Missed deadlines not escalated yet, oldest first, at most `limit`. Already escalated ones are
 * left out in the query, so a long tail of old breaches never hides a new one from the batch.
 */
export async function findDueBreaches(
  db: DbOrTx,
  input: { now: Date; statuses: readonly TicketStatus[]; limit: number },
): Promise<DueBreach[]> {
  const statuses = [...input.statuses];
  const rows = await db.$queryRaw<{ ticket_id: string; clock: SlaClock; due_at: Date }[]>`
    (SELECT t.id AS ticket_id, 'first_response' AS clock, t.first_response_due_at AS due_at
      FROM ticket t
      WHERE t.status::text = ANY(${statuses}) AND t.merged_into_id IS NULL
        AND t.first_responded_at IS NULL AND t.first_response_due_at <= ${input.now}
        AND NOT EXISTS (SELECT 1 FROM ticket_escalation e WHERE e.ticket_id = t.id
          AND e.clock = 'first_response' AND e.due_at = t.first_response_due_at))
    UNION ALL
    (SELECT t.id, 'resolution', t.resolution_due_at
      FROM ticket t
      WHERE t.status::text = ANY(${statuses}) AND t.merged_into_id IS NULL
        AND t.resolved_at IS NULL AND t.resolution_due_at <= ${input.now}
        AND NOT EXISTS (SELECT 1 FROM ticket_escalation e WHERE e.ticket_id = t.id
          AND e.clock = 'resolution' AND e.due_at = t.resolution_due_at))
    ORDER BY due_at
    LIMIT ${input.limit}`;
  return rows.map((row) => ({ ticketId: row.ticket_id, clock: row.clock, dueAt: row.due_at }));
}

export interface EscalatingTicket extends SlaFacts {
  id: string;
  number: string;
  priority: "low" | "normal" | "high" | "urgent";
  teamId: string;
  teamKey: string;
}

/**
 * The ticket's SLA facts, row locked for the rest of the transaction; null when another
 * transaction holds it (SKIP LOCKED: a staff save or another instance's job; the next run sees
 * it again) or when it is gone.
 */
export async function lockEscalatingTicket(tx: DbOrTx, ticketId: string): Promise<EscalatingTicket | null> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      number: string;
      status: TicketStatus;
      priority: EscalatingTicket["priority"];
      team_id: string;
      team_key: string;
      first_response_due_at: Date | null;
      first_responded_at: Date | null;
      resolution_due_at: Date | null;
      resolved_at: Date | null;
    }[]
  >`
    SELECT t.id, t.number, t.status::text AS status, t.priority::text AS priority, t.team_id,
      (SELECT key FROM team WHERE team.id = t.team_id) AS team_key,
      t.first_response_due_at, t.first_responded_at, t.resolution_due_at, t.resolved_at
    FROM ticket t WHERE t.id = ${ticketId}::uuid AND t.merged_into_id IS NULL
    FOR UPDATE OF t SKIP LOCKED`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    priority: row.priority,
    teamId: row.team_id,
    teamKey: row.team_key,
    firstResponseDueAt: row.first_response_due_at,
    firstRespondedAt: row.first_responded_at,
    resolutionDueAt: row.resolution_due_at,
    resolvedAt: row.resolved_at,
  };
}

/**
 * Claims a breach: true only for the one transaction whose row went in. The unique key
 * (ticket, clock, due time) makes any other instance's insert of the same breach a no-op, after
 * waiting for this one to commit or roll back.
 */
export async function claimEscalation(
  tx: DbOrTx,
  input: { ticketId: string; clock: SlaClock; dueAt: Date; now: Date },
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO ticket_escalation (id, ticket_id, clock, due_at, escalated_at)
    VALUES (${randomUUID()}::uuid, ${input.ticketId}::uuid, ${input.clock}::"SlaClock", ${input.dueAt}, ${input.now})
    ON CONFLICT (ticket_id, clock, due_at) DO NOTHING
    RETURNING id`;
  return rows.length === 1;
}

export interface EscalationContact {
  staffId: string;
  email: string;
  locale: Locale;
  role: StaffRole;
  active: boolean;
  member: boolean;
}

/** The window's leads and admins (core's `escalationRecipients` decides who of them hears). */
export async function findEscalationContacts(db: DbOrTx, teamId: string): Promise<EscalationContact[]> {
  const rows = await db.staff.findMany({
    where: { role: { in: ["lead", "admin"] }, memberships: { some: { teamId } } },
    select: { id: true, email: true, locale: true, role: true, active: true },
    orderBy: { email: "asc" },
  });
  return rows.map((row) => ({
    staffId: row.id,
    email: row.email,
    locale: row.locale,
    role: row.role,
    active: row.active,
    member: true,
  }));
}
