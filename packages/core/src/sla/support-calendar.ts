import holidayJp from "@holiday-jp/holiday_jp";
import { z } from "zod";
import { DAY_MS, JST_OFFSET_MS, jstDateKey, jstParts } from "./jst-time";

const timeOfDay = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "HH:mm");
const monthDay = z.string().regex(/^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, "MM-DD");
const dateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/**
 * When a window works, in JST. Configurable per team; windows that never close (security)
 * count SLA time in calendar hours.
 */
export const supportCalendarSchema = z
  .object({
    alwaysOpen: z.boolean(),
    /** ISO weekdays with business hours: 1 = Monday … 7 = Sunday. */
    workdays: z.array(z.number().int().min(1).max(7)).max(7),
    opensAt: timeOfDay,
    closesAt: timeOfDay,
    /** Closed on Japan's national holidays (国民の祝日・振替休日・国民の休日). */
    japaneseHolidays: z.boolean(),
    /** Closed every year from `from` to `to` inclusive (MM-DD), across the new year if needed. */
    yearEndClosure: z.object({ from: monthDay, to: monthDay }).nullable(),
    /** Further closed days, e.g. a company holiday. */
    closedDates: z.array(dateKey),
  })
  .refine(
    (calendar) => calendar.alwaysOpen || minutesOfDay(calendar.opensAt) < minutesOfDay(calendar.closesAt),
    {
      message: "a window must open before it closes",
      path: ["closesAt"],
    },
  );
export type SupportCalendar = z.infer<typeof supportCalendarSchema>;

/** Mon–Fri 9:00–18:00 JST, closed on Japanese holidays and 12/29–1/3. */
export const defaultBusinessCalendar: SupportCalendar = {
  alwaysOpen: false,
  workdays: [1, 2, 3, 4, 5],
  opensAt: "09:00",
  closesAt: "18:00",
  japaneseHolidays: true,
  yearEndClosure: { from: "12-29", to: "01-03" },
  closedDates: [],
};

export const alwaysOpenCalendar: SupportCalendar = {
  ...defaultBusinessCalendar,
  alwaysOpen: true,
};

/** A team's calendar: around the clock if the team is, else business hours with its own settings. */
export function calendarForTeam(
  team: { alwaysOpen: boolean },
  settings: Partial<SupportCalendar> = {},
): SupportCalendar {
  const base = team.alwaysOpen ? alwaysOpenCalendar : defaultBusinessCalendar;
  return supportCalendarSchema.parse({ ...base, ...settings, alwaysOpen: team.alwaysOpen });
}

export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export function isJapaneseHoliday(dateKeyJst: string): boolean {
  return Object.hasOwn(holidayJp.holidays, dateKeyJst);
}

function inYearEndClosure(closure: SupportCalendar["yearEndClosure"], monthDayJst: string): boolean {
  if (!closure) return false;
  return closure.from <= closure.to
    ? monthDayJst >= closure.from && monthDayJst <= closure.to
    : monthDayJst >= closure.from || monthDayJst <= closure.to;
}

/** Whether the JST day containing `instant` has business hours in this calendar. */
export function isBusinessDay(calendar: SupportCalendar, instant: Date): boolean {
  if (calendar.alwaysOpen) return true;
  const key = jstDateKey(instant);
  if (!calendar.workdays.includes(jstParts(instant).isoWeekday)) return false;
  if (calendar.japaneseHolidays && isJapaneseHoliday(key)) return false;
  if (inYearEndClosure(calendar.yearEndClosure, key.slice(5))) return false;
  return !calendar.closedDates.includes(key);
}

/**
 * The business-hours window of each JST day from the one containing `from` onwards, as
 * [opens, closes) instants; days without business hours are skipped. Bounded so that a
 * calendar with no business day at all fails loudly instead of looping.
 */
export function* businessWindows(calendar: SupportCalendar, from: Date): Generator<[Date, Date]> {
  const opens = minutesOfDay(calendar.opensAt) * 60 * 1000;
  const closes = minutesOfDay(calendar.closesAt) * 60 * 1000;
  const first = jstParts(from);
  const firstMidnight = Date.UTC(first.year, first.month - 1, first.day) - JST_OFFSET_MS;
  let closedInARow = 0;
  for (let midnight = firstMidnight; ; midnight += DAY_MS) {
    const day = new Date(midnight);
    if (!isBusinessDay(calendar, day)) {
      if (++closedInARow > 366) throw new Error("the support calendar has no business days");
      continue;
    }
    closedInARow = 0;
    yield [new Date(midnight + opens), new Date(midnight + closes)];
  }
}
