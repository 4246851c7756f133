import { z } from "zod";
import { DAY_MS, fromJstWall, jstDateKey, jstInstant, toJstWall } from "../sla/jst-time";

/**
 * Report periods are JST calendar days, both ends included, bucketed by day, ISO week (Monday
 * first, as PostgreSQL's `date_trunc('week', …)`) or month. Buckets are named by their first day.
 */
export const reportGranularities = ["day", "week", "month"] as const;
export type ReportGranularity = (typeof reportGranularities)[number];

/** The longest period one report covers: a year and a day (a leap year, from a day to the same day). */
export const REPORT_MAX_DAYS = 367;

export const jstDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "report.day.invalid")
  .refine((day) => parseJstDay(day) !== undefined, "report.day.invalid");

export interface ReportPeriod {
  /** First JST day, YYYY-MM-DD. */
  from: string;
  /** Last JST day, included. */
  to: string;
  granularity: ReportGranularity;
}

/** The instant a JST day starts, or undefined for a day that does not exist (2026-02-30). */
export function parseJstDay(day: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return jstInstant(Number(match[1]), Number(match[2]), Number(match[3]));
}

function dayStart(day: string): Date {
  const start = parseJstDay(day);
  if (!start) throw new RangeError(`not a day: ${day}`);
  return start;
}

export function addJstDays(day: string, days: number): string {
  return jstDateKey(new Date(dayStart(day).getTime() + days * DAY_MS));
}

/** Days from `from` to `to`, both included (1 for a single day). */
export function periodDays(period: Pick<ReportPeriod, "from" | "to">): number {
  return Math.round((dayStart(period.to).getTime() - dayStart(period.from).getTime()) / DAY_MS) + 1;
}

/** The half-open range of instants a period covers: [start of `from`, start of the day after `to`). */
export function periodRange(period: Pick<ReportPeriod, "from" | "to">): { start: Date; end: Date } {
  return { start: dayStart(period.from), end: new Date(dayStart(period.to).getTime() + DAY_MS) };
}

/** The bucket (its first JST day) an instant falls in. */
export function bucketOf(instant: Date, granularity: ReportGranularity): string {
  const wall = new Date(toJstWall(instant));
  if (granularity === "month") {
    return jstDateKey(fromJstWall(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), 1)));
  }
  const midnight = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  if (granularity === "day") return jstDateKey(fromJstWall(midnight));
  const sinceMonday = (wall.getUTCDay() + 6) % 7;
  return jstDateKey(fromJstWall(midnight - sinceMonday * DAY_MS));
}

/** Every bucket of the period in order, the first one starting on or before `from`. */
export function periodBuckets(period: ReportPeriod): string[] {
  const { start, end } = periodRange(period);
  const buckets: string[] = [];
  let cursor = bucketOf(start, period.granularity);
  while (dayStart(cursor) < end) {
    buckets.push(cursor);
    cursor = nextBucket(cursor, period.granularity);
  }
  return buckets;
}

function nextBucket(bucket: string, granularity: ReportGranularity): string {
  if (granularity === "day") return addJstDays(bucket, 1);
  if (granularity === "week") return addJstDays(bucket, 7);
  const [year, month] = bucket.split("-").map(Number) as [number, number];
  return `${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, "0")}-01`;
}

/**
 * The instants the backlog is counted at: the end of each day of the period, and `now` for the
 * day in progress. Days that have not started yet are left out.
 */
export function backlogCheckpoints(
  period: Pick<ReportPeriod, "from" | "to">,
  now: Date,
): { day: string; at: Date }[] {
  const points: { day: string; at: Date }[] = [];
  const days = periodDays(period);
  for (let offset = 0; offset < days; offset += 1) {
    const day = addJstDays(period.from, offset);
    const start = dayStart(day);
    if (start >= now) break;
    const end = new Date(start.getTime() + DAY_MS);
    points.push({ day, at: end < now ? end : now });
  }
  return points;
}

/** The default period of the report pages: the last 30 days up to today (JST), by day. */
export function defaultReportPeriod(now: Date): ReportPeriod {
  const today = jstDateKey(now);
  return { from: addJstDays(today, -29), to: today, granularity: "day" };
}
