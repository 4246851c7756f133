import { describe, expect, it } from "vitest";
import type { IncidentKind, IncidentStatus } from "../status/status-page";
import {
  allowedNextStatuses,
  applyIncidentUpdate,
  componentsToRestore,
  validateAffectedComponents,
  validateInitialStatus,
  validateMaintenanceWindow,
} from "./incident-lifecycle";

const now = new Date("2026-11-28T03:00:00Z");
const earlier = new Date("2026-11-28T01:00:00Z");
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
const open = (kind: IncidentKind, status: IncidentStatus, startedAt: Date | null = earlier) => ({
  kind,
  status,
  startedAt,
  resolvedAt: null,
});

describe("incident lifecycle", () => {
  it.each<[IncidentStatus, IncidentStatus]>([
    ["investigating", "identified"],
    ["investigating", "investigating"],
    ["identified", "monitoring"],
    ["monitoring", "investigating"],
    ["investigating", "resolved"],
    ["monitoring", "resolved"],
  ])("an incident goes %s -> %s", (from, to) => {
    expect(applyIncidentUpdate(open("incident", from), to, now).status).toBe(to);
  });

  it.each<[IncidentStatus, IncidentStatus]>([
    ["investigating", "scheduled"],
    ["investigating", "in_progress"],
    ["monitoring", "completed"],
  ])("an incident may not go %s -> %s", (from, to) => {
    expect(() => applyIncidentUpdate(open("incident", from), to, now)).toThrow(
      expect.objectContaining({ code: "CONFLICT", messageKey: "incident.transitionNotAllowed" }),
    );
  });

  it.each<[IncidentKind, IncidentStatus]>([
    ["incident", "resolved"],
    ["maintenance", "completed"],
  ])("takes no update once a %s is %s", (kind, status) => {
    expect(allowedNextStatuses({ kind, status })).toEqual([]);
    expect(() => applyIncidentUpdate(open(kind, status), status, now)).toThrow(
      expect.objectContaining({ messageKey: "incident.ended" }),
    );
  });

  it("stamps the end of an incident and keeps its start", () => {
    expect(applyIncidentUpdate(open("incident", "monitoring"), "resolved", now)).toEqual({
      status: "resolved",
      startedAt: earlier,
      resolvedAt: now,
    });
  });

  it("runs a maintenance scheduled -> in_progress -> completed, stamping start and end", () => {
    const started = applyIncidentUpdate(open("maintenance", "scheduled", null), "in_progress", now);
    expect(started).toEqual({ status: "in_progress", startedAt: now, resolvedAt: null });
    const later = hours(2);
    expect(applyIncidentUpdate({ kind: "maintenance", ...started }, "completed", later)).toEqual({
      status: "completed",
      startedAt: now,
      resolvedAt: later,
    });
    expect(
      applyIncidentUpdate(open("maintenance", "scheduled", null), "scheduled", now).startedAt,
    ).toBeNull();
    expect(() => applyIncidentUpdate(open("maintenance", "scheduled", null), "completed", now)).toThrow(
      expect.objectContaining({ code: "CONFLICT" }),
    );
    expect(() => applyIncidentUpdate(open("maintenance", "in_progress"), "resolved", now)).toThrow(
      expect.objectContaining({ code: "CONFLICT" }),
    );
  });

  it("starts an incident investigating, identified or monitoring, a maintenance scheduled", () => {
    expect(() => validateInitialStatus("incident", "identified")).not.toThrow();
    expect(() => validateInitialStatus("incident", "resolved")).toThrow(
      expect.objectContaining({ code: "INVALID" }),
    );
    expect(() => validateInitialStatus("maintenance", "scheduled")).not.toThrow();
    expect(() => validateInitialStatus("maintenance", "in_progress")).toThrow(
      expect.objectContaining({ code: "INVALID" }),
    );
  });
});

describe("component states of an incident", () => {
  const known = new Set(["web", "api", "trading"]);

  it("accepts known components once each, in a state fitting the kind", () => {
    expect(() =>
      validateAffectedComponents("incident", [{ key: "web", state: "partial_outage" }], known),
    ).not.toThrow();
    expect(() =>
      validateAffectedComponents("maintenance", [{ key: "api", state: "maintenance" }], known),
    ).not.toThrow();
    expect(() => validateAffectedComponents("maintenance", [], known)).not.toThrow();
  });

  it.each([
    ["incident", [], "incident.componentsRequired"],
    ["incident", [{ key: "web", state: "operational" }], "incident.componentStateNotAllowed"],
    ["incident", [{ key: "web", state: "maintenance" }], "incident.componentStateNotAllowed"],
    ["maintenance", [{ key: "web", state: "major_outage" }], "incident.componentStateNotAllowed"],
    [
      "incident",
      [
        { key: "web", state: "degraded" },
        { key: "web", state: "major_outage" },
      ],
      "incident.componentTwice",
    ],
    ["incident", [{ key: "nope", state: "degraded" }], "incident.componentNotFound"],
  ] as const)("refuses a %s with %j: %s", (kind, components, key) => {
    expect(() => validateAffectedComponents(kind, components, known)).toThrow(
      expect.objectContaining({ messageKey: key }),
    );
  });

  it("restores by hand only the components no other open incident still names", () => {
    expect(
      componentsToRestore({
        ended: ["web", "api", "trading"],
        manual: new Map([
          ["web", "major_outage"],
          ["api", "degraded"],
          ["trading", "operational"],
        ]),
        stillAffected: new Set(["api"]),
      }),
    ).toEqual(["web"]);
  });
});

describe("maintenance window", () => {
  it("ends after it starts, in the future, within a week", () => {
    expect(() => validateMaintenanceWindow({ start: hours(1), end: hours(3) }, now)).not.toThrow();
    expect(() => validateMaintenanceWindow({ start: hours(-1), end: hours(1) }, now)).not.toThrow();
    expect(() => validateMaintenanceWindow({ start: hours(3), end: hours(1) }, now)).toThrow(
      expect.objectContaining({ messageKey: "maintenance.endBeforeStart" }),
    );
    expect(() => validateMaintenanceWindow({ start: hours(-3), end: hours(-1) }, now)).toThrow(
      expect.objectContaining({ messageKey: "maintenance.endInPast" }),
    );
    expect(() => validateMaintenanceWindow({ start: hours(1), end: hours(24 * 8) }, now)).toThrow(
      expect.objectContaining({ messageKey: "maintenance.tooLong" }),
    );
  });
});
