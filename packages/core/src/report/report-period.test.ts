import { describe, expect, it } from "vitest";
import {
  addJstDays,
  backlogCheckpoints,
  bucketOf,
  defaultReportPeriod,
  parseJstDay,
  periodBuckets,
  periodDays,
  periodRange,
  type ReportGranularity,
} from "./report-period";

describe("report periods in JST", () => {
  it.each<[string, ReportGranularity, string]>([
    // 23:59 JST on Sunday 29 November is still the 29th and the week of Monday the 23rd.
    ["2026-11-29T14:59:00Z", "day", "2026-11-29"],
    ["2026-11-29T14:59:00Z", "week", "2026-11-23"],
    // One minute later it is Monday the 30th in Japan, while UTC still says the 29th.
    ["2026-11-29T15:00:00Z", "day", "2026-11-30"],
    ["2026-11-29T15:00:00Z", "week", "2026-11-30"],
    ["2026-11-29T15:00:00Z", "month", "2026-11-01"],
    ["2026-11-30T15:00:00Z", "month", "2026-12-01"],
    ["2026-12-31T15:30:00Z", "month", "2027-01-01"],
    ["2027-01-01T03:00:00Z", "week", "2026-12-28"],
  ])("%s falls in the %s bucket %s", (instant, granularity, bucket) => {
    expect(bucketOf(new Date(instant), granularity)).toBe(bucket);
  });

  it.each<[string, string, ReportGranularity, string[]]>([
    ["2026-11-28", "2026-12-01", "day", ["2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01"]],
    ["2026-11-28", "2026-12-08", "week", ["2026-11-23", "2026-11-30", "2026-12-07"]],
    ["2026-11-15", "2027-01-02", "month", ["2026-11-01", "2026-12-01", "2027-01-01"]],
    ["2026-11-30", "2026-11-30", "week", ["2026-11-30"]],
  ])("%s to %s by %s has the buckets %j", (from, to, granularity, buckets) => {
    expect(periodBuckets({ from, to, granularity })).toEqual(buckets);
  });

  it("covers whole JST days, the last one included", () => {
    expect(periodRange({ from: "2026-11-01", to: "2026-11-30" })).toEqual({
      start: new Date("2026-10-31T15:00:00Z"),
      end: new Date("2026-11-30T15:00:00Z"),
    });
    expect(periodDays({ from: "2026-11-01", to: "2026-11-30" })).toBe(30);
    expect(periodDays({ from: "2028-02-28", to: "2028-03-01" })).toBe(3);
    expect(addJstDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it.each(["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", ""])("%j is not a day", (day) => {
    expect(parseJstDay(day)).toBeUndefined();
  });

  it("counts the backlog at each day's end, and at now for today; later days are left out", () => {
    const now = new Date("2026-11-30T01:00:00Z"); // 10:00 JST on the 30th
    expect(backlogCheckpoints({ from: "2026-11-28", to: "2026-12-02" }, now)).toEqual([
      { day: "2026-11-28", at: new Date("2026-11-28T15:00:00Z") },
      { day: "2026-11-29", at: new Date("2026-11-29T15:00:00Z") },
      { day: "2026-11-30", at: now },
    ]);
  });

  it("defaults to the last 30 days, today (JST) included", () => {
    expect(defaultReportPeriod(new Date("2026-11-29T16:00:00Z"))).toEqual({
      from: "2026-11-01",
      to: "2026-11-30",
      granularity: "day",
    });
  });
});
