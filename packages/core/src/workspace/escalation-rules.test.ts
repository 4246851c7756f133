import { describe, expect, it } from "vitest";
import {
  type EscalationCandidate,
  escalationRecipients,
  findSlaBreaches,
  type SlaFacts,
} from "./escalation-rules";

const now = new Date("2026-11-28T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const ticket = (changes: Partial<SlaFacts> = {}): SlaFacts => ({
  status: "open",
  firstResponseDueAt: minutesAgo(-60),
  firstRespondedAt: null,
  resolutionDueAt: minutesAgo(-600),
  resolvedAt: null,
  ...changes,
});

describe("finding missed deadlines", () => {
  it.each<[string, SlaFacts, { clock: string; lateMinutes: number }[]]>([
    ["nothing due yet", ticket(), []],
    [
      "first response missed",
      ticket({ firstResponseDueAt: minutesAgo(90) }),
      [{ clock: "first_response", lateMinutes: 90 }],
    ],
    [
      "due this very moment",
      ticket({ firstResponseDueAt: now }),
      [{ clock: "first_response", lateMinutes: 0 }],
    ],
    [
      "first response given in time",
      ticket({ firstResponseDueAt: minutesAgo(90), firstRespondedAt: minutesAgo(120) }),
      [],
    ],
    [
      "both missed",
      ticket({ status: "new", firstResponseDueAt: minutesAgo(600), resolutionDueAt: minutesAgo(30) }),
      [
        { clock: "first_response", lateMinutes: 600 },
        { clock: "resolution", lateMinutes: 30 },
      ],
    ],
    [
      "resolution missed",
      ticket({ firstRespondedAt: minutesAgo(900), resolutionDueAt: minutesAgo(1) }),
      [{ clock: "resolution", lateMinutes: 1 }],
    ],
    [
      "resolved",
      ticket({ status: "resolved", resolutionDueAt: minutesAgo(30), resolvedAt: minutesAgo(10) }),
      [],
    ],
    ["closed", ticket({ status: "closed", firstResponseDueAt: minutesAgo(30) }), []],
    [
      "paused while waiting on the customer",
      ticket({ status: "waiting_on_customer", resolutionDueAt: minutesAgo(30) }),
      [],
    ],
    ["no deadlines", ticket({ firstResponseDueAt: null, resolutionDueAt: null }), []],
  ])("%s", (_case, facts, expected) => {
    expect(findSlaBreaches(facts, now).map(({ clock, lateMinutes }) => ({ clock, lateMinutes }))).toEqual(
      expected,
    );
  });
});

describe("who hears of a breach", () => {
  type Person = EscalationCandidate & { id: string };
  const person = (id: string, changes: Partial<Person>): Person => ({
    id,
    role: "agent",
    active: true,
    member: true,
    ...changes,
  });
  it.each<[string, Person[], string[]]>([
    [
      "the window's active leads",
      [
        person("lead", { role: "lead" }),
        person("lead2", { role: "lead" }),
        person("agent", {}),
        person("admin", { role: "admin" }),
        person("gone", { role: "lead", active: false }),
        person("other", { role: "lead", member: false }),
      ],
      ["lead", "lead2"],
    ],
    [
      "no active lead: the window's admins",
      [
        person("gone", { role: "lead", active: false }),
        person("admin", { role: "admin" }),
        person("outsider", { role: "admin", member: false }),
      ],
      ["admin"],
    ],
    ["nobody", [person("agent", {})], []],
  ])("%s", (_case, staff, expected) => {
    expect(escalationRecipients(staff).map((s) => s.id)).toEqual(expected);
  });
});
