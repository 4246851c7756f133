import { describe, expect, it } from "vitest";
import type { TicketStatus } from "../ticket/ticket-lifecycle";
import { formatDuration, slaCountdown, slaText } from "./sla-countdown";

const NOW = new Date("2026-11-28T10:00:00+09:00");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("SLA countdown", () => {
  it.each<[string, TicketStatus, number | null, number | null, boolean, string]>([
    ["first response due in 3 hours", "new", 180, 3000, false, "残り3時間"],
    ["first response due in 40 minutes", "open", 40, 3000, false, "残り40分"],
    ["first response 35 minutes late", "new", -35, 3000, false, "35分超過"],
    ["answered: counts to the resolution", "open", -35, 2 * 1440 + 90, true, "残り2日1時間"],
    ["waiting on the customer", "waiting_on_customer", -35, 100, true, "お客様の返信待ち"],
    ["resolved", "resolved", -35, -10, true, "—"],
    ["no due time", "new", null, null, false, "—"],
  ])("%s", (_case, status, firstDue, resolutionDue, responded, text) => {
    const countdown = slaCountdown({
      status,
      firstResponseDueAt: firstDue === null ? null : at(firstDue),
      resolutionDueAt: resolutionDue === null ? null : at(resolutionDue),
      firstRespondedAt: responded ? at(-60) : null,
      now: NOW,
    });
    expect(slaText(countdown)).toBe(text);
  });

  it.each<[number, "ok" | "soon" | "breached"]>([
    [61, "ok"],
    [60, "soon"],
    [1, "soon"],
    [-1, "breached"],
  ])("due in %i minutes is %s", (minutes, state) => {
    expect(
      slaCountdown({
        status: "open",
        firstResponseDueAt: at(minutes),
        resolutionDueAt: null,
        firstRespondedAt: null,
        now: NOW,
      }).state,
    ).toBe(state);
  });

  it.each([
    [0, "0分"],
    [59_999, "0分"],
    [3 * 86_400_000, "3日"],
    [-(5 * 3_600_000 + 12 * 60_000), "5時間12分"],
  ])("formats %i ms as %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
