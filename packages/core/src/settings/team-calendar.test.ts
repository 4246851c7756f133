import { describe, expect, it } from "vitest";
import { defaultBusinessCalendar } from "../sla/support-calendar";
import {
  normalizeTeamCalendar,
  teamCalendarFromStored,
  teamCalendarOf,
  teamCalendarSchema,
} from "./team-calendar";
import { settingsIssues } from "./settings-issues";

const valid = teamCalendarOf(defaultBusinessCalendar);

describe("team calendar settings", () => {
  it("accepts the default business calendar", () => {
    expect(teamCalendarSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ["no workday", { workdays: [] }, "workdays", "settings.calendar.workdays.required"],
    ["a weekday twice", { workdays: [1, 1] }, "workdays", "settings.calendar.workdays.invalid"],
    ["a weekday 8", { workdays: [8] }, "workdays", "settings.calendar.workdays.invalid"],
    [
      "closing before opening",
      { opensAt: "18:00", closesAt: "09:00" },
      "closesAt",
      "settings.calendar.closesAt.beforeOpening",
    ],
    [
      "closing at opening",
      { opensAt: "09:00", closesAt: "09:00" },
      "closesAt",
      "settings.calendar.closesAt.beforeOpening",
    ],
    ["a time of 25:00", { opensAt: "25:00" }, "opensAt", "settings.calendar.opensAt.invalid"],
    [
      "a day that does not exist",
      { closedDates: ["2026-02-30"] },
      "closedDates",
      "settings.calendar.closedDates.invalid",
    ],
    [
      "a closure of month 13",
      { yearEndClosure: { from: "13-01", to: "01-03" } },
      "yearEndClosure",
      "settings.calendar.yearEndClosure.invalid",
    ],
  ])("refuses %s with a message key on the field", (_name, change, field, key) => {
    const parsed = teamCalendarSchema.safeParse({ ...valid, ...change });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(settingsIssues("settings.calendar", parsed.error)[field]).toBe(key);
  });

  it("stores workdays and closed dates sorted and distinct", () => {
    expect(
      normalizeTeamCalendar({
        ...valid,
        workdays: [5, 1, 3],
        closedDates: ["2026-12-01", "2026-05-01", "2026-12-01"],
      }),
    ).toMatchObject({ workdays: [1, 3, 5], closedDates: ["2026-05-01", "2026-12-01"] });
  });

  it("reads stored settings over the default, `{}` as the default", () => {
    expect(teamCalendarFromStored({ alwaysOpen: false }, {})).toEqual(defaultBusinessCalendar);
    expect(
      teamCalendarFromStored({ alwaysOpen: false }, { opensAt: "10:00", workdays: [1, 2] }),
    ).toMatchObject({
      alwaysOpen: false,
      opensAt: "10:00",
      closesAt: "18:00",
      workdays: [1, 2],
    });
  });

  it("keeps a window open around the clock whatever is stored", () => {
    expect(teamCalendarFromStored({ alwaysOpen: true }, { workdays: [1] }).alwaysOpen).toBe(true);
  });

  it.each([
    ["garbage", "not a calendar"],
    ["a bad time", { opensAt: "9am" }],
    ["closing before opening", { opensAt: "19:00" }],
    ["no workday", { workdays: [] }],
  ])("falls back to the default calendar for %s stored", (_name, stored) => {
    expect(teamCalendarFromStored({ alwaysOpen: false }, stored)).toEqual(defaultBusinessCalendar);
  });
});
