import { describe, expect, it } from "vitest";
import { teams } from "../team/teams";
import { jstDateKey, jstInstant, jstParts } from "./jst-time";
import { defaultSlaPolicy, slaPolicySchema, slaTargetFor, slaTiers } from "./sla-policy";
import { ticketPriorities } from "../routing/ticket-priority";
import {
  alwaysOpenCalendar,
  calendarForTeam,
  defaultBusinessCalendar,
  isBusinessDay,
  isJapaneseHoliday,
  supportCalendarSchema,
} from "./support-calendar";

const noon = (date: string) => new Date(`${date}T12:00:00+09:00`);

describe("the default business calendar", () => {
  it.each([
    ["2026-06-01", true, "a Monday"],
    ["2026-06-06", false, "a Saturday"],
    ["2026-06-07", false, "a Sunday"],
    ["2026-04-29", false, "昭和の日"],
    ["2026-04-30", true, "the working day inside Golden Week"],
    ["2026-05-06", false, "振替休日 for 憲法記念日"],
    ["2026-09-22", false, "国民の休日 between two holidays"],
    ["2026-12-28", true, "the last day before the year-end closure"],
    ["2026-12-29", false, "the first day of the year-end closure"],
    ["2027-01-03", false, "the last day of the year-end closure"],
    ["2027-01-04", true, "the first working day of 2027"],
    ["2027-01-11", false, "成人の日 2027"],
  ])("%s is a business day: %s (%s)", (date, expected) => {
    expect(isBusinessDay(defaultBusinessCalendar, noon(date))).toBe(expected);
  });

  it("reads the day in JST, not UTC", () => {
    // 2026-06-05 23:30 UTC is Saturday 08:30 in Japan.
    expect(isBusinessDay(defaultBusinessCalendar, new Date("2026-06-05T23:30:00Z"))).toBe(false);
    // 2026-06-07 15:30 UTC is Monday 00:30 in Japan.
    expect(isBusinessDay(defaultBusinessCalendar, new Date("2026-06-07T15:30:00Z"))).toBe(true);
  });

  it("knows the Japanese holidays from @holiday-jp/holiday_jp", () => {
    expect(isJapaneseHoliday("2026-05-04")).toBe(true);
    expect(isJapaneseHoliday("2026-05-07")).toBe(false);
  });

  it("treats every day as open for 24/7 windows", () => {
    expect(isBusinessDay(alwaysOpenCalendar, noon("2027-01-01"))).toBe(true);
  });
});

describe("team calendars", () => {
  it("puts the security team on 24/7 and the others on business hours", () => {
    for (const team of teams) expect(calendarForTeam(team).alwaysOpen).toBe(team.key === "security");
  });

  it("takes per-team settings but never overrides whether the team is open around the clock", () => {
    const calendar = calendarForTeam({ alwaysOpen: false }, { opensAt: "10:00", alwaysOpen: true });
    expect(calendar).toMatchObject({ alwaysOpen: false, opensAt: "10:00", closesAt: "18:00" });
  });

  it.each([
    [{ opensAt: "18:00", closesAt: "09:00" }],
    [{ opensAt: "9:00" }],
    [{ workdays: [0] }],
    [{ yearEndClosure: { from: "12-32", to: "01-03" } }],
    [{ closedDates: ["2026/06/01"] }],
  ])("rejects a malformed setting %j", (settings) => {
    expect(supportCalendarSchema.safeParse({ ...defaultBusinessCalendar, ...settings }).success).toBe(false);
  });
});

describe("JST time helpers", () => {
  it.each([
    ["2026-12-31T14:59:59Z", "2026-12-31", 4],
    ["2026-12-31T15:00:00Z", "2027-01-01", 5],
  ])("%s is %s in Japan (ISO weekday %i)", (instant, key, weekday) => {
    expect(jstDateKey(new Date(instant))).toBe(key);
    expect(jstParts(new Date(instant)).isoWeekday).toBe(weekday);
  });

  it.each([
    [2026, 2, 29],
    [2026, 13, 1],
    [2026, 4, 31],
  ])("does not make an instant of %i-%i-%i", (year, month, day) => {
    expect(jstInstant(year, month, day)).toBeUndefined();
  });

  it("makes the instant of a JST wall-clock time", () => {
    expect(jstInstant(2026, 6, 1, 9, 0)).toEqual(new Date("2026-06-01T00:00:00Z"));
  });
});

describe("the SLA policy", () => {
  it("is a valid policy", () => {
    expect(slaPolicySchema.safeParse(defaultSlaPolicy).success).toBe(true);
  });

  it.each([
    ["urgent", "standard", 60, 1440],
    ["high", "standard", 240, 1080],
    ["normal", "standard", 480, 2700],
    ["low", "standard", 1440, 5400],
    ["urgent", "priority", 30, 720],
  ] as const)(
    "gives %s on the %s tier %i min to first response, %i to resolution",
    (priority, tier, first, resolution) => {
      expect(slaTargetFor(priority, tier)).toEqual({
        firstResponseMinutes: first,
        resolutionMinutes: resolution,
      });
    },
  );

  it("answers more urgent tickets sooner, and the priority tier sooner than standard", () => {
    for (const tier of slaTiers) {
      const times = ticketPriorities.map((p) => slaTargetFor(p, tier).firstResponseMinutes);
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    }
    for (const priority of ticketPriorities) {
      const standard = slaTargetFor(priority, "standard");
      const priorityTier = slaTargetFor(priority, "priority");
      expect(priorityTier.firstResponseMinutes).toBeLessThan(standard.firstResponseMinutes);
      expect(priorityTier.resolutionMinutes).toBeLessThan(standard.resolutionMinutes);
    }
  });

  it("rejects a policy whose resolution is due before the first response", () => {
    const broken = {
      ...defaultSlaPolicy,
      standard: { ...defaultSlaPolicy.standard, low: { firstResponseMinutes: 60, resolutionMinutes: 30 } },
    };
    expect(slaPolicySchema.safeParse(broken).success).toBe(false);
  });
});
