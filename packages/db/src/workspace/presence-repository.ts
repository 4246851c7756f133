import { PRESENCE_TTL_MS, type PresenceEntry } from "@madoguchi/core/workspace/presence";
import type { DbOrTx } from "../mail/email-outbox-repository";

/** Rows this old are deleted while announcing: closed tabs send nothing, so someone must. */
const SWEEP_AFTER_MS = 60 * 60 * 1000;

/**
 * Records a console tab's heartbeat on a ticket (or its leaving) in a table every app instance
 * shares, and returns the live entries of the ticket. "Typing" keeps its time across plain
 * heartbeats, so it lasts its own TTL rather than until the next beat.
 */
export async function announceTicketPresence(
  db: DbOrTx,
  input: { ticketId: string; staffId: string; typing: boolean; leaving: boolean; now: Date },
): Promise<PresenceEntry[]> {
  const { ticketId, staffId, now } = input;
  if (input.leaving) {
    await db.ticketPresence.deleteMany({ where: { ticketId, staffId } });
  } else {
    await db.$executeRaw`
      INSERT INTO ticket_presence (ticket_id, staff_id, seen_at, typing_at)
      VALUES (${ticketId}::uuid, ${staffId}::uuid, ${now}, ${input.typing ? now : null})
      ON CONFLICT (ticket_id, staff_id) DO UPDATE
        SET seen_at = EXCLUDED.seen_at,
            typing_at = COALESCE(EXCLUDED.typing_at, ticket_presence.typing_at)`;
  }
  await db.ticketPresence.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - SWEEP_AFTER_MS) } } });
  const rows = await db.$queryRaw<{ staffId: string; name: string; seenAt: Date; typingAt: Date | null }[]>`
    SELECT p.staff_id AS "staffId", s.display_name AS name, p.seen_at AS "seenAt", p.typing_at AS "typingAt"
      FROM ticket_presence p JOIN staff s ON s.id = p.staff_id
     WHERE p.ticket_id = ${ticketId}::uuid AND p.seen_at > ${new Date(now.getTime() - PRESENCE_TTL_MS)}`;
  return rows;
}
