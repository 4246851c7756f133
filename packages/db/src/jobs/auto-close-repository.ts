import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { DbOrTx } from "../mail/email-outbox-repository";

/**
 * Tickets waiting on the customer that are due a notice (waiting since before
 * `noticeWaitingSince`, no notice yet) or the close (waiting since before `closeWaitingSince`,
 * noticed before `closeNoticedAt`), longest waiting first, at most `limit`.
 */
export async function findAutoCloseCandidates(
  db: DbOrTx,
  input: { noticeWaitingSince: Date; closeWaitingSince: Date; closeNoticedAt: Date; limit: number },
): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM ticket
    WHERE status = 'waiting_on_customer' AND merged_into_id IS NULL AND (
      (auto_close_notice_at IS NULL AND waiting_since <= ${input.noticeWaitingSince})
      OR (waiting_since <= ${input.closeWaitingSince} AND auto_close_notice_at <= ${input.closeNoticedAt})
    )
    ORDER BY waiting_since
    LIMIT ${input.limit}`;
  return rows.map((row) => row.id);
}

export interface WaitingTicket {
  id: string;
  number: string;
  status: TicketStatus;
  waitingSince: Date | null;
  noticeAt: Date | null;
}

/** The ticket's wait, row locked; null when another transaction holds it (SKIP LOCKED). */
export async function lockWaitingTicket(tx: DbOrTx, ticketId: string): Promise<WaitingTicket | null> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      number: string;
      status: TicketStatus;
      waiting_since: Date | null;
      auto_close_notice_at: Date | null;
    }[]
  >`
    SELECT id, number, status::text AS status, waiting_since, auto_close_notice_at FROM ticket
    WHERE id = ${ticketId}::uuid AND merged_into_id IS NULL
    FOR UPDATE SKIP LOCKED`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    waitingSince: row.waiting_since,
    noticeAt: row.auto_close_notice_at,
  };
}

/**
 * Records that the notice went out. The status is untouched, so the waiting-clock trigger keeps
 * `waiting_since`; the version is untouched too, as nothing a staff member edits changed.
 */
export async function markAutoCloseNotice(
  tx: DbOrTx,
  input: { ticketId: string; closesAt: Date; now: Date },
): Promise<void> {
  await tx.ticket.update({
    where: { id: input.ticketId },
    data: { autoCloseNoticeAt: input.now },
    select: { id: true },
  });
  await tx.ticketEvent.create({
    data: {
      ticketId: input.ticketId,
      kind: "auto_close_notice",
      actorKind: "system",
      data: { closesAt: input.closesAt.toISOString() },
      createdAt: input.now,
    },
    select: { id: true },
  });
}
