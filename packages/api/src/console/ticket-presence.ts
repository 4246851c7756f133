import { announceTicketPresence } from "@madoguchi/db/workspace/presence-repository";
import { liveViewers, type Viewer } from "@madoguchi/core/workspace/presence";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";

/**
 * Records that a staff member has the ticket open (and whether they are typing) and returns the
 * others. Kept in PostgreSQL, so colleagues on another app instance are shown too.
 */
export async function announcePresence(
  db: DbOrTx,
  input: { ticketId: string; staffId: string; typing: boolean; leaving?: boolean; now: Date },
): Promise<Viewer[]> {
  const entries = await announceTicketPresence(db, { ...input, leaving: input.leaving ?? false });
  return liveViewers(entries, input.now, input.staffId);
}
