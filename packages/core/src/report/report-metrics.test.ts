import { describe, expect, it } from "vitest";
import {
  csatSummary,
  deflectionSummary,
  type FirstResponseOutcome,
  firstResponseOutcome,
  isReopening,
  reopenRate,
  slaAttainment,
} from "./report-metrics";

const NOW = new Date("2026-11-28T10:00:00+09:00");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("report metrics", () => {
  it.each<[string, number | null, number | null, FirstResponseOutcome]>([
    ["answered before the due time", 60, 30, "met"],
    ["answered exactly at the due time", 60, 60, "met"],
    ["answered a minute late", 60, 61, "breached"],
    ["unanswered, due time passed", -1, null, "breached"],
    ["unanswered, still in time", 1, null, "pending"],
    ["no SLA", null, 30, "none"],
  ])("first response %s: %s", (_case, due, responded, outcome) => {
    expect(
      firstResponseOutcome({
        firstResponseDueAt: due === null ? null : at(due),
        firstRespondedAt: responded === null ? null : at(responded),
        now: NOW,
      }),
    ).toBe(outcome);
  });

  it("counts attainment over decided tickets only", () => {
    expect(slaAttainment({ met: 3, breached: 1 })).toBe(0.75);
    expect(slaAttainment({ met: 0, breached: 0 })).toBeNull();
  });

  it.each<[string | undefined, string | undefined, boolean]>([
    ["resolved", "open", true],
    ["closed", "new", true],
    ["resolved", "waiting_on_customer", true],
    ["resolved", "closed", false],
    ["open", "resolved", false],
    ["waiting_on_customer", "open", false],
    [undefined, "open", false],
  ])("%s -> %s reopens: %s", (from, to, reopens) => {
    expect(isReopening({ from, to })).toBe(reopens);
  });

  it("rates reopens among tickets finished at least once", () => {
    expect(reopenRate({ finishedOnce: 8, reopened: 2 })).toBe(0.25);
    expect(reopenRate({ finishedOnce: 0, reopened: 0 })).toBeNull();
  });

  it("summarizes ratings", () => {
    const summary = csatSummary({ 5: 2, 4: 1, 1: 1 });
    expect(summary.count).toBe(4);
    expect(summary.average).toBe(3.75);
    expect(summary.satisfiedRate).toBe(0.75);
    expect(summary.distribution.map((row) => [row.score, row.count, row.share])).toEqual([
      [1, 1, 0.25],
      [2, 0, 0],
      [3, 0, 0],
      [4, 1, 0.25],
      [5, 2, 0.5],
    ]);
    expect(csatSummary({})).toMatchObject({ count: 0, average: null, satisfiedRate: null });
  });

  it("counts sessions without an inquiry as deflected", () => {
    expect(deflectionSummary({ searches: 30, sessions: 10, sessionsWithInquiry: 3, inquiries: 14 })).toEqual({
      searches: 30,
      sessions: 10,
      sessionsWithInquiry: 3,
      inquiries: 14,
      deflected: 7,
      rate: 0.7,
      perInquiry: 0.5,
    });
    expect(
      deflectionSummary({ searches: 0, sessions: 0, sessionsWithInquiry: 0, inquiries: 0 }),
    ).toMatchObject({
      deflected: 0,
      rate: null,
      perInquiry: null,
    });
  });
});
