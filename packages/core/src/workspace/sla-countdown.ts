import type { TicketStatus } from "../ticket/ticket-lifecycle";

/** A due time closer than this is shown as "soon". */
export const SLA_SOON_MS = 60 * 60 * 1000;

export type SlaState = "none" | "paused" | "ok" | "soon" | "breached";

export interface SlaCountdown {
  state: SlaState;
  /** Negative once breached; 0 when there is nothing to count. */
  remainingMs: number;
}

/**
 * What a queue row's countdown shows. The clock counts to the first response until one was
 * given, then to the resolution; it is paused while the ticket waits for the customer and off
 * once resolved.
 */
export function slaCountdown(input: {
  status: TicketStatus;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  now: Date;
}): SlaCountdown {
  if (input.status === "resolved" || input.status === "closed") return { state: "none", remainingMs: 0 };
  if (input.status === "waiting_on_customer") return { state: "paused", remainingMs: 0 };
  const due = input.firstRespondedAt ? input.resolutionDueAt : input.firstResponseDueAt;
  if (!due) return { state: "none", remainingMs: 0 };
  const remainingMs = due.getTime() - input.now.getTime();
  const state = remainingMs < 0 ? "breached" : remainingMs <= SLA_SOON_MS ? "soon" : "ok";
  return { state, remainingMs };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `2日3時間`, `5時間12分`, `45分`: the two largest units, never seconds. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(Math.abs(ms) / MINUTE)) * MINUTE;
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days}日${hours}時間` : `${days}日`;
  if (hours > 0) return minutes > 0 ? `${hours}時間${minutes}分` : `${hours}時間`;
  return `${minutes}分`;
}

export function slaText(countdown: SlaCountdown): string {
  switch (countdown.state) {
    case "none":
      return "—";
    case "paused":
      return "お客様の返信待ち";
    case "breached":
      return `${formatDuration(countdown.remainingMs)}超過`;
    default:
      return `残り${formatDuration(countdown.remainingMs)}`;
  }
}
