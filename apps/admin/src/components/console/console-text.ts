import type { AdminRouter } from "@madoguchi/api/root/admin-router";
import type { Locale } from "@madoguchi/core/locale/locale";
import { type SlaCountdown, slaText } from "@madoguchi/core/workspace/sla-countdown";
import type { inferRouterOutputs } from "@trpc/server";

export type ConsoleOutputs = inferRouterOutputs<AdminRouter>;
export type TicketView = ConsoleOutputs["ticket"]["get"];
export type QueuePage = ConsoleOutputs["queue"]["list"];
export type QueueRow = QueuePage["rows"][number];

export {
  consoleLabels,
  identityStateLabels,
  labelsFor,
  matchLabels,
  priorityLabels,
  secretRequestLabels,
  statusLabels,
  troubleTypeLabels,
} from "./console-labels";
export { eventText } from "./console-events-text";
export { problemText } from "./console-problems-text";

export function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}

const dateTimeOptions: Intl.DateTimeFormatOptions = {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
};
const dateTime: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  ja: new Intl.DateTimeFormat("ja-JP", dateTimeOptions),
  en: new Intl.DateTimeFormat("en-US", { ...dateTimeOptions, month: "short", hour12: false }),
};

/**
 * Console times are Japan time. Japanese staff read them as such; in English the zone is
 * written out, since an English reader may well be elsewhere.
 */
export function formatDateTime(date: Date | string, locale: Locale = "ja"): string {
  const text = dateTime[locale].format(new Date(date));
  return locale === "ja" ? text : `${text} JST`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `2d 3h`, `5h 12m`, `45m`: the two largest units, as core's Japanese countdown. */
function englishDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / MINUTE) * MINUTE;
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
  return `${minutes}m`;
}

/** A countdown's words: core's Japanese, or the same in English. */
export function slaLabel(countdown: SlaCountdown, locale: Locale): string {
  if (locale === "ja") return slaText(countdown);
  switch (countdown.state) {
    case "none":
      return "—";
    case "paused":
      return "Waiting on customer";
    case "breached":
      return `${englishDuration(countdown.remainingMs)} overdue`;
    default:
      return `${englishDuration(countdown.remainingMs)} left`;
  }
}
