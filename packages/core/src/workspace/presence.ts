/** A console tab sends a heartbeat this often while a ticket is open. */
export const PRESENCE_HEARTBEAT_MS = 10_000;
/** Missing three heartbeats means the tab is gone. */
export const PRESENCE_TTL_MS = 30_000;
/** "Typing" lasts this long after the last keystroke reported. */
export const TYPING_TTL_MS = 8_000;

export interface PresenceEntry {
  staffId: string;
  name: string;
  seenAt: Date;
  typingAt: Date | null;
}

export interface Viewer {
  staffId: string;
  name: string;
  typing: boolean;
}

/** Who else has the ticket open now, and who of them is writing a reply or note. */
export function liveViewers(entries: Iterable<PresenceEntry>, now: Date, exceptStaffId: string): Viewer[] {
  const viewers: Viewer[] = [];
  for (const entry of entries) {
    if (entry.staffId === exceptStaffId) continue;
    if (now.getTime() - entry.seenAt.getTime() > PRESENCE_TTL_MS) continue;
    const typing = entry.typingAt !== null && now.getTime() - entry.typingAt.getTime() <= TYPING_TTL_MS;
    viewers.push({ staffId: entry.staffId, name: entry.name, typing });
  }
  return viewers.sort((a, b) => a.name.localeCompare(b.name, "ja"));
}

export function isStale(entry: PresenceEntry, now: Date): boolean {
  return now.getTime() - entry.seenAt.getTime() > PRESENCE_TTL_MS;
}
