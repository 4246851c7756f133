import { isStale, liveViewers, type PresenceEntry, type Viewer } from "@madoguchi/core/workspace/presence";

/**
 * Who has a ticket open, kept in this process's memory. Honest limit: with several app instances
 * behind a load balancer, each knows only the tabs that reached it, so a colleague on another
 * instance is not shown. The version check still refuses saving over their change; a shared
 * `ticket_presence` table (ticket, staff, typing, seen_at) would make the display exact.
 */
type Board = Map<string, Map<string, PresenceEntry>>;

const globalBoard = globalThis as typeof globalThis & { madoguchiPresence?: Board };
const board: Board = (globalBoard.madoguchiPresence ??= new Map());

/** Records that a staff member has the ticket open (and whether they are typing); returns the others. */
export function announcePresence(input: {
  ticketId: string;
  staff: { id: string; name: string };
  typing: boolean;
  leaving?: boolean;
  now: Date;
}): Viewer[] {
  let entries = board.get(input.ticketId);
  if (!entries) {
    entries = new Map();
    board.set(input.ticketId, entries);
  }
  if (input.leaving) {
    entries.delete(input.staff.id);
  } else {
    const previous = entries.get(input.staff.id);
    entries.set(input.staff.id, {
      staffId: input.staff.id,
      name: input.staff.name,
      seenAt: input.now,
      typingAt: input.typing ? input.now : (previous?.typingAt ?? null),
    });
  }
  const viewers = liveViewers(entries.values(), input.now, input.staff.id);
  // Closed tabs send nothing: forget them here, on every ticket (a handful of entries per staff member).
  for (const [ticketId, ticketEntries] of board) {
    for (const [staffId, entry] of ticketEntries)
      if (isStale(entry, input.now)) ticketEntries.delete(staffId);
    if (ticketEntries.size === 0) board.delete(ticketId);
  }
  return viewers;
}

/** For tests: forget everyone. */
export function clearPresence(): void {
  board.clear();
}
