import { z } from "zod";
import {
  type SupportCalendar,
  calendarForTeam,
  minutesOfDay,
  supportCalendarSchema,
} from "../sla/support-calendar";

const { alwaysOpen: _alwaysOpen, ...calendarShape } = supportCalendarSchema.shape;

/** What a team's settings store (Team.calendar): core's SupportCalendar without `alwaysOpen`. */
const teamCalendarFields = z.object(calendarShape);

/** The most closed dates one window keeps: a year's worth is plenty. */
export const CLOSED_DATES_MAX = 366;

const isRealDate = (key: string) => {
  const date = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === key;
};

/**
 * A window's business hours and closed days as an admin edits them. At least one workday, so
 * that SLA time always advances; opening before closing; real, distinct closed dates.
 */
export const teamCalendarSchema = teamCalendarFields.superRefine((calendar, ctx) => {
  if (calendar.workdays.length === 0) {
    ctx.addIssue({ code: "custom", path: ["workdays"], message: "settings.calendar.workdays.required" });
  }
  if (new Set(calendar.workdays).size !== calendar.workdays.length) {
    ctx.addIssue({ code: "custom", path: ["workdays"], message: "settings.calendar.workdays.invalid" });
  }
  if (minutesOfDay(calendar.opensAt) >= minutesOfDay(calendar.closesAt)) {
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: "settings.calendar.closesAt.beforeOpening" });
  }
  if (calendar.closedDates.length > CLOSED_DATES_MAX) {
    ctx.addIssue({ code: "custom", path: ["closedDates"], message: "settings.calendar.closedDates.tooMany" });
  }
  const badDate = calendar.closedDates.find((key) => !isRealDate(key));
  if (badDate) {
    ctx.addIssue({ code: "custom", path: ["closedDates"], message: "settings.calendar.closedDates.invalid" });
  }
});
export type TeamCalendar = z.infer<typeof teamCalendarSchema>;

/** As stored: sorted, distinct workdays and closed dates, so that equal settings compare equal. */
export function normalizeTeamCalendar(calendar: TeamCalendar): TeamCalendar {
  return {
    ...calendar,
    workdays: [...new Set(calendar.workdays)].sort((a, b) => a - b),
    closedDates: [...new Set(calendar.closedDates)].sort(),
  };
}

/**
 * A team's calendar from its stored settings (`{}` = the default). Settings were validated when
 * written; if they no longer are (edited by hand), the default calendar is used rather than
 * letting a filing fail.
 */
export function teamCalendarFromStored(team: { alwaysOpen: boolean }, stored: unknown): SupportCalendar {
  const parsed = teamCalendarFields.partial().safeParse(stored ?? {});
  if (!parsed.success) return calendarForTeam(team);
  try {
    const calendar = calendarForTeam(team, parsed.data);
    return team.alwaysOpen || calendar.workdays.length > 0 ? calendar : calendarForTeam(team);
  } catch {
    return calendarForTeam(team);
  }
}

/** The editable part of a team's calendar (what the settings form shows). */
export function teamCalendarOf(calendar: SupportCalendar): TeamCalendar {
  const { alwaysOpen: _open, ...rest } = calendar;
  return rest;
}
