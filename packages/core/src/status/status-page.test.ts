import { describe, expect, it } from "vitest";
import {
  type AffectingIncident,
  effectiveComponentStates,
  type IncidentTimes,
  incidentPhase,
  isRecentPast,
  worstState,
} from "./status-page";

const now = new Date("2026-11-28T12:00:00Z");
const at = (hours: number) => new Date(now.getTime() + hours * 60 * 60 * 1000);
const base: IncidentTimes = {
  kind: "incident",
  status: "investigating",
  scheduledStart: null,
  scheduledEnd: null,
  startedAt: at(-1),
  resolvedAt: null,
  createdAt: at(-1),
};

describe("worstState", () => {
  it.each([
    [[], "operational"],
    [["operational", "degraded"], "degraded"],
    [["maintenance", "operational"], "maintenance"],
    [["degraded", "maintenance"], "degraded"],
    [["partial_outage", "major_outage", "degraded"], "major_outage"],
  ] as const)("%j -> %s", (states, expected) => {
    expect(worstState(states)).toBe(expected);
  });
});

describe("incidentPhase", () => {
  it.each([
    ["an open incident", { status: "investigating" }, "active"],
    ["a monitored incident", { status: "monitoring" }, "active"],
    ["a resolved incident", { status: "resolved", resolvedAt: at(-0.5) }, "past"],
    [
      "a maintenance before its window",
      { kind: "maintenance", status: "scheduled", scheduledStart: at(2), scheduledEnd: at(4) },
      "upcoming",
    ],
    [
      "a maintenance inside its window",
      { kind: "maintenance", status: "scheduled", scheduledStart: at(-1), scheduledEnd: at(1) },
      "active",
    ],
    [
      "a maintenance past its window",
      { kind: "maintenance", status: "scheduled", scheduledStart: at(-4), scheduledEnd: at(-2) },
      "past",
    ],
    [
      "a maintenance started early",
      { kind: "maintenance", status: "in_progress", scheduledStart: at(1), scheduledEnd: at(3) },
      "active",
    ],
    [
      "a completed maintenance",
      { kind: "maintenance", status: "completed", scheduledStart: at(-1), scheduledEnd: at(1) },
      "past",
    ],
  ] as const)("%s is %s", (_name, overrides, expected) => {
    expect(incidentPhase({ ...base, ...overrides }, now)).toBe(expected);
  });
});

describe("isRecentPast", () => {
  it("keeps what ended within 90 days and drops what ended before", () => {
    const ended = (days: number) => ({ ...base, status: "resolved" as const, resolvedAt: at(-24 * days) });
    expect(isRecentPast(ended(89), now)).toBe(true);
    expect(isRecentPast(ended(90), now)).toBe(true);
    expect(isRecentPast(ended(91), now)).toBe(false);
  });
});

describe("effectiveComponentStates", () => {
  const components = [
    { key: "web", state: "operational" as const },
    { key: "api", state: "degraded" as const },
    { key: "trading", state: "operational" as const },
  ];
  it("takes the worst of the component's own state and the active incidents on it", () => {
    const incidents: AffectingIncident[] = [
      { ...base, components: [{ key: "web", state: "major_outage" }] },
      {
        ...base,
        status: "resolved",
        resolvedAt: at(-0.1),
        components: [{ key: "trading", state: "major_outage" }],
      },
      { ...base, components: [{ key: "api", state: "maintenance" }] },
    ];
    expect(Object.fromEntries(effectiveComponentStates(components, incidents, now))).toEqual({
      web: "major_outage",
      api: "degraded",
      trading: "operational",
    });
  });
});
