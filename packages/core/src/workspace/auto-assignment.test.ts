import { describe, expect, it } from "vitest";
import { type AutoAssignCandidate, chooseAutoAssignee, nextAutoAssignmentStamp } from "./auto-assignment";

const at = (iso: string) => new Date(iso);
const member = (staffId: string, changes: Partial<AutoAssignCandidate> = {}): AutoAssignCandidate => ({
  staffId,
  role: "agent",
  active: true,
  available: true,
  twoFactorEnrolled: true,
  lastAutoAssignedAt: null,
  ...changes,
});

describe("choosing the next member round-robin", () => {
  it.each<[string, AutoAssignCandidate[], string | null]>([
    ["nobody in the window", [], null],
    ["one member", [member("a")], "a"],
    [
      "the one who waited longest",
      [
        member("a", { lastAutoAssignedAt: at("2026-11-28T10:00:00Z") }),
        member("b", { lastAutoAssignedAt: at("2026-11-28T09:00:00Z") }),
        member("c", { lastAutoAssignedAt: at("2026-11-28T11:00:00Z") }),
      ],
      "b",
    ],
    [
      "never assigned goes first",
      [member("a", { lastAutoAssignedAt: at("2026-11-28T09:00:00Z") }), member("b")],
      "b",
    ],
    ["a tie goes to the smaller id", [member("c"), member("a"), member("b")], "a"],
    [
      "a tie of stamps goes to the smaller id",
      [
        member("b", { lastAutoAssignedAt: at("2026-11-28T09:00:00Z") }),
        member("a", { lastAutoAssignedAt: at("2026-11-28T09:00:00Z") }),
      ],
      "a",
    ],
    ["a lead works the queue too", [member("lead", { role: "lead" })], "lead"],
    ["an admin is not assigned", [member("admin", { role: "admin" })], null],
    ["an unavailable member is skipped", [member("a", { available: false }), member("b")], "b"],
    ["a deactivated member is skipped", [member("a", { active: false }), member("b")], "b"],
    ["a member without two-factor is skipped", [member("a", { twoFactorEnrolled: false }), member("b")], "b"],
    [
      "nobody available",
      [member("a", { available: false }), member("b", { active: false }), member("c", { role: "admin" })],
      null,
    ],
  ])("%s", (_case, candidates, expected) => {
    expect(chooseAutoAssignee(candidates)).toBe(expected);
  });

  it("turns through every member before anyone gets a second ticket", () => {
    let members = [member("a"), member("b"), member("c")];
    const now = at("2026-11-28T10:00:00Z");
    const chosen: string[] = [];
    for (let i = 0; i < 7; i++) {
      const next = chooseAutoAssignee(members);
      if (!next) throw new Error("nobody chosen");
      chosen.push(next);
      const latest = members.reduce<Date | null>(
        (max, m) =>
          m.lastAutoAssignedAt && (!max || m.lastAutoAssignedAt > max) ? m.lastAutoAssignedAt : max,
        null,
      );
      // The same clock for every filing: the stamps must still move the turn on.
      const stamp = nextAutoAssignmentStamp(now, latest);
      members = members.map((m) => (m.staffId === next ? { ...m, lastAutoAssignedAt: stamp } : m));
    }
    expect(chosen).toEqual(["a", "b", "c", "a", "b", "c", "a"]);
  });
});

describe("the stamp of an automatic assignment", () => {
  it.each<[string, Date, Date | null, Date]>([
    ["first in the window", at("2026-11-28T10:00:00Z"), null, at("2026-11-28T10:00:00Z")],
    [
      "later than the latest",
      at("2026-11-28T10:00:00Z"),
      at("2026-11-28T09:00:00Z"),
      at("2026-11-28T10:00:00Z"),
    ],
    [
      "the same millisecond as the latest",
      at("2026-11-28T10:00:00Z"),
      at("2026-11-28T10:00:00Z"),
      at("2026-11-28T10:00:00.001Z"),
    ],
    [
      "a clock behind the latest",
      at("2026-11-28T09:59:00Z"),
      at("2026-11-28T10:00:00Z"),
      at("2026-11-28T10:00:00.001Z"),
    ],
  ])("%s", (_case, now, latest, expected) => {
    expect(nextAutoAssignmentStamp(now, latest)).toEqual(expected);
  });
});
