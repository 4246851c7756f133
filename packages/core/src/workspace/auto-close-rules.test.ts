import { describe, expect, it } from "vitest";
import { autoCloseCutoffs, autoCloseStep, type WaitingFacts } from "./auto-close-rules";

const HOUR = 3600_000;
const start = new Date("2026-11-01T03:00:00Z");
const after = (hours: number) => new Date(start.getTime() + hours * HOUR);
const waiting = (noticeAt: Date | null = null): WaitingFacts => ({
  status: "waiting_on_customer",
  waitingSince: start,
  noticeAt,
});

describe("the auto-close clock", () => {
  it.each<[string, WaitingFacts, Date, string]>([
    ["a fresh wait", waiting(), after(1), "wait"],
    ["just before day 5", waiting(), after(5 * 24 - 0.01), "wait"],
    ["day 5: the notice", waiting(), after(5 * 24), "notice"],
    ["day 9 without a notice: the notice, not the close", waiting(), after(9 * 24), "notice"],
    ["noticed on day 5, day 6", waiting(after(5 * 24)), after(6 * 24), "wait"],
    ["noticed on day 5, just before day 7", waiting(after(5 * 24)), after(7 * 24 - 0.01), "wait"],
    ["noticed on day 5, day 7: closed", waiting(after(5 * 24)), after(7 * 24), "close"],
    ["noticed late on day 6, day 7: not yet (48 hours)", waiting(after(6 * 24)), after(7 * 24), "wait"],
    ["noticed late on day 6, day 8: closed", waiting(after(6 * 24)), after(8 * 24), "close"],
    [
      "not waiting on the customer",
      { status: "open", waitingSince: null, noticeAt: null },
      after(30 * 24),
      "wait",
    ],
    ["resolved", { status: "resolved", waitingSince: start, noticeAt: after(120) }, after(30 * 24), "wait"],
  ])("%s", (_case, facts, now, expected) => {
    expect(autoCloseStep(facts, now).kind).toBe(expected);
  });

  it("announces the close seven days into the wait, or two days after a late notice", () => {
    expect(autoCloseStep(waiting(), after(5 * 24))).toEqual({ kind: "notice", closesAt: after(7 * 24) });
    expect(autoCloseStep(waiting(), after(9 * 24))).toEqual({ kind: "notice", closesAt: after(11 * 24) });
  });

  it("queries with the same bounds the rule decides with", () => {
    const now = after(10 * 24);
    const cut = autoCloseCutoffs(now);
    expect(autoCloseStep({ ...waiting(), waitingSince: cut.noticeWaitingSince }, now).kind).toBe("notice");
    expect(
      autoCloseStep({ ...waiting(cut.closeNoticedAt), waitingSince: cut.closeWaitingSince }, now).kind,
    ).toBe("close");
  });
});
