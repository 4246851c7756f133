import type { TicketPriority } from "../routing/ticket-priority";
import { MINUTE_MS } from "./jst-time";
import { type SlaPolicy, type SlaTier, defaultSlaPolicy, slaTargetFor } from "./sla-policy";
import { type SupportCalendar, businessWindows } from "./support-calendar";

/**
 * The instant `minutes` of the window's time after `from`: calendar minutes when the window
 * never closes, else business minutes. A deadline that ends exactly at closing time is due at
 * closing time, not at the next opening.
 */
export function addSupportMinutes(calendar: SupportCalendar, from: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`bad minutes ${minutes}`);
  if (calendar.alwaysOpen) return new Date(from.getTime() + minutes * MINUTE_MS);
  let remaining = minutes * MINUTE_MS;
  for (const [opens, closes] of businessWindows(calendar, from)) {
    const start = Math.max(from.getTime(), opens.getTime());
    if (start >= closes.getTime()) continue;
    const available = closes.getTime() - start;
    if (remaining <= available) return new Date(start + remaining);
    remaining -= available;
  }
  throw new Error("unreachable: businessWindows never ends");
}

/** The window's minutes elapsed between two instants (for breach checks and reports). */
export function supportMinutesBetween(calendar: SupportCalendar, from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  if (calendar.alwaysOpen) return (to.getTime() - from.getTime()) / MINUTE_MS;
  let elapsed = 0;
  for (const [opens, closes] of businessWindows(calendar, from)) {
    if (opens.getTime() >= to.getTime()) break;
    const start = Math.max(from.getTime(), opens.getTime());
    const end = Math.min(to.getTime(), closes.getTime());
    if (end > start) elapsed += end - start;
  }
  return elapsed / MINUTE_MS;
}

export interface SlaDeadlines {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

export function computeSlaDeadlines({
  openedAt,
  priority,
  tier,
  calendar,
  policy = defaultSlaPolicy,
}: {
  openedAt: Date;
  priority: TicketPriority;
  tier: SlaTier;
  calendar: SupportCalendar;
  policy?: SlaPolicy;
}): SlaDeadlines {
  const target = slaTargetFor(priority, tier, policy);
  return {
    firstResponseDueAt: addSupportMinutes(calendar, openedAt, target.firstResponseMinutes),
    resolutionDueAt: addSupportMinutes(calendar, openedAt, target.resolutionMinutes),
  };
}
