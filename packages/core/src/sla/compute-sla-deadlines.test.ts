import { describe, expect, it } from "vitest";
import { addSupportMinutes, computeSlaDeadlines, supportMinutesBetween } from "./compute-sla-deadlines";
import { alwaysOpenCalendar, defaultBusinessCalendar, type SupportCalendar } from "./support-calendar";

/** "2026-06-01 10:00" read as JST. */
function jst(text: string): Date {
  return new Date(`${text.replace(" ", "T")}:00+09:00`);
}

const HOUR = 60;

describe("business-hours arithmetic on the default calendar (Mon–Fri 9–18 JST)", () => {
  it.each([
    ["ends exactly at closing time", "2026-06-01 10:00", 8 * HOUR, "2026-06-01 18:00"],
    ["a whole business day from opening", "2026-06-01 09:00", 9 * HOUR, "2026-06-01 18:00"],
    ["one minute past a whole day", "2026-06-01 09:00", 9 * HOUR + 1, "2026-06-02 09:01"],
    ["filed exactly at closing", "2026-06-01 18:00", 1 * HOUR, "2026-06-02 10:00"],
    ["filed a minute before closing", "2026-06-01 17:59", 1 * HOUR, "2026-06-02 09:59"],
    ["filed before opening", "2026-06-01 07:30", 4 * HOUR, "2026-06-01 13:00"],
    ["filed after hours", "2026-06-01 20:00", 8 * HOUR, "2026-06-02 17:00"],
    ["across a weekend", "2026-06-05 17:00", 4 * HOUR, "2026-06-08 12:00"],
    ["filed on a Saturday", "2026-06-06 11:00", 1 * HOUR, "2026-06-08 10:00"],
    ["filed late on a Sunday", "2026-06-07 23:59", 1 * HOUR, "2026-06-08 10:00"],
    ["zero minutes after hours waits for opening", "2026-06-06 11:00", 0, "2026-06-08 09:00"],
    ["over 昭和の日 (Golden Week 2026)", "2026-04-28 17:00", 4 * HOUR, "2026-04-30 12:00"],
    ["over Golden Week 2026 (5/2–5/6)", "2026-05-01 16:00", 8 * HOUR, "2026-05-07 15:00"],
    [
      "over Silver Week 2026 (9/21–9/23, 国民の休日 included)",
      "2026-09-18 15:00",
      8 * HOUR,
      "2026-09-24 14:00",
    ],
    ["over 勤労感謝の日 2026", "2026-11-20 17:30", 1 * HOUR, "2026-11-24 09:30"],
    ["over the year-end closure into 2027", "2026-12-28 17:00", 8 * HOUR, "2027-01-04 16:00"],
    ["filed during the year-end closure", "2026-12-30 10:00", 2 * HOUR, "2027-01-04 11:00"],
    ["over 成人の日 2027", "2027-01-08 17:00", 2 * HOUR, "2027-01-12 10:00"],
    ["over several days", "2026-06-01 10:00", 27 * HOUR, "2026-06-04 10:00"],
  ])("%s: %s + %i min → %s", (_case, from, minutes, due) => {
    expect(addSupportMinutes(defaultBusinessCalendar, jst(from), minutes)).toEqual(jst(due));
  });
});

describe("configured calendars", () => {
  const noYearEnd: SupportCalendar = { ...defaultBusinessCalendar, yearEndClosure: null };
  const saturdays: SupportCalendar = {
    ...defaultBusinessCalendar,
    workdays: [1, 2, 3, 4, 5, 6],
    opensAt: "10:00",
    closesAt: "17:00",
    japaneseHolidays: false,
  };
  const companyHoliday: SupportCalendar = { ...defaultBusinessCalendar, closedDates: ["2026-06-02"] };

  it.each([
    [
      "no year-end closure: 12/29 is a business day",
      noYearEnd,
      "2026-12-28 17:00",
      8 * HOUR,
      "2026-12-29 16:00",
    ],
    [
      "no year-end closure: 元日 is still a holiday",
      noYearEnd,
      "2026-12-31 17:00",
      2 * HOUR,
      "2027-01-04 10:00",
    ],
    ["Mon–Sat 10–17 without holidays", saturdays, "2026-05-02 16:00", 2 * HOUR, "2026-05-04 11:00"],
    ["a company holiday", companyHoliday, "2026-06-01 17:00", 2 * HOUR, "2026-06-03 10:00"],
    [
      "24/7 counts calendar time on a Saturday night",
      alwaysOpenCalendar,
      "2026-05-02 03:00",
      1 * HOUR,
      "2026-05-02 04:00",
    ],
    [
      "24/7 runs through New Year's Eve",
      alwaysOpenCalendar,
      "2026-12-31 23:30",
      1 * HOUR,
      "2027-01-01 00:30",
    ],
  ])("%s", (_case, calendar, from, minutes, due) => {
    expect(addSupportMinutes(calendar, jst(from), minutes)).toEqual(jst(due));
  });

  it("fails loudly on a calendar without any business day", () => {
    const never: SupportCalendar = { ...defaultBusinessCalendar, workdays: [] };
    expect(() => addSupportMinutes(never, jst("2026-06-01 10:00"), 60)).toThrow(/no business days/);
  });

  it("rejects negative durations", () => {
    expect(() => addSupportMinutes(defaultBusinessCalendar, jst("2026-06-01 10:00"), -1)).toThrow(RangeError);
  });
});

describe("elapsed support time", () => {
  it.each([
    ["2026-06-01 10:00", 8 * HOUR],
    ["2026-05-01 16:00", 8 * HOUR],
    ["2026-12-28 17:00", 45 * HOUR],
    ["2026-06-06 11:00", 90],
    ["2026-09-18 18:00", 9 * HOUR + 1],
  ])("measures back exactly what was added from %s (%i min)", (from, minutes) => {
    const due = addSupportMinutes(defaultBusinessCalendar, jst(from), minutes);
    expect(supportMinutesBetween(defaultBusinessCalendar, jst(from), due)).toBe(minutes);
  });

  it.each([
    ["a weekend", "2026-06-06 00:00", "2026-06-08 00:00", 0],
    ["Golden Week", "2026-05-01 17:00", "2026-05-07 10:00", 2 * HOUR],
    ["a reversed range", "2026-06-02 10:00", "2026-06-01 10:00", 0],
  ])("counts no business time over %s beyond the open hours", (_case, from, to, minutes) => {
    expect(supportMinutesBetween(defaultBusinessCalendar, jst(from), jst(to))).toBe(minutes);
  });

  it("counts calendar time for 24/7 windows", () => {
    expect(supportMinutesBetween(alwaysOpenCalendar, jst("2026-05-02 00:00"), jst("2026-05-03 00:00"))).toBe(
      24 * HOUR,
    );
  });
});

describe("SLA deadlines", () => {
  it.each([
    {
      case: "security (urgent, 24/7) filed on a Golden Week night",
      openedAt: "2026-05-02 03:00",
      priority: "urgent",
      tier: "standard",
      calendar: alwaysOpenCalendar,
      firstResponse: "2026-05-02 04:00",
      resolution: "2026-05-03 03:00",
    },
    {
      case: "a withdrawal (high) filed before Golden Week",
      openedAt: "2026-05-01 16:00",
      priority: "high",
      tier: "standard",
      calendar: defaultBusinessCalendar,
      firstResponse: "2026-05-07 11:00",
      resolution: "2026-05-08 16:00",
    },
    {
      case: "a normal inquiry on the priority plan",
      openedAt: "2026-06-01 10:00",
      priority: "normal",
      tier: "priority",
      calendar: defaultBusinessCalendar,
      firstResponse: "2026-06-01 14:00",
      resolution: "2026-06-04 10:00",
    },
    {
      case: "a low-priority question filed at opening",
      openedAt: "2026-06-01 09:00",
      priority: "low",
      tier: "standard",
      calendar: defaultBusinessCalendar,
      firstResponse: "2026-06-03 15:00",
      resolution: "2026-06-12 18:00",
    },
    {
      case: "a normal inquiry filed on New Year's Eve",
      openedAt: "2026-12-31 12:00",
      priority: "normal",
      tier: "standard",
      calendar: defaultBusinessCalendar,
      firstResponse: "2027-01-04 17:00",
      resolution: "2027-01-08 18:00",
    },
  ] as const)("$case", ({ openedAt, priority, tier, calendar, firstResponse, resolution }) => {
    expect(computeSlaDeadlines({ openedAt: jst(openedAt), priority, tier, calendar })).toEqual({
      firstResponseDueAt: jst(firstResponse),
      resolutionDueAt: jst(resolution),
    });
  });

  it("uses a configured policy when given", () => {
    const policy = {
      standard: {
        urgent: { firstResponseMinutes: 15, resolutionMinutes: 60 },
        high: { firstResponseMinutes: 60, resolutionMinutes: 120 },
        normal: { firstResponseMinutes: 60, resolutionMinutes: 120 },
        low: { firstResponseMinutes: 60, resolutionMinutes: 120 },
      },
      priority: {
        urgent: { firstResponseMinutes: 5, resolutionMinutes: 30 },
        high: { firstResponseMinutes: 30, resolutionMinutes: 60 },
        normal: { firstResponseMinutes: 30, resolutionMinutes: 60 },
        low: { firstResponseMinutes: 30, resolutionMinutes: 60 },
      },
    };
    const deadlines = computeSlaDeadlines({
      openedAt: jst("2026-06-01 10:00"),
      priority: "urgent",
      tier: "priority",
      calendar: alwaysOpenCalendar,
      policy,
    });
    expect(deadlines.firstResponseDueAt).toEqual(jst("2026-06-01 10:05"));
    expect(deadlines.resolutionDueAt).toEqual(jst("2026-06-01 10:30"));
  });
});
