import { DomainError } from "../errors/domain-error";
import type { ComponentState, IncidentKind, IncidentStatus } from "../status/status-page";

/**
 * Which status an update may move an incident or a maintenance to, as data. An update may keep
 * the status (another timeline entry); an incident may step back (monitoring -> investigating
 * when it recurs); an ended one takes no more updates (a recurrence is a new incident).
 */
export const incidentTransitions: Readonly<
  Record<IncidentKind, Partial<Record<IncidentStatus, readonly IncidentStatus[]>>>
> = {
  incident: {
    investigating: ["investigating", "identified", "monitoring", "resolved"],
    identified: ["investigating", "identified", "monitoring", "resolved"],
    monitoring: ["investigating", "identified", "monitoring", "resolved"],
    resolved: [],
  },
  maintenance: {
    // A maintenance not yet begun may be called off; once begun it runs to completion.
    scheduled: ["scheduled", "in_progress", "cancelled"],
    in_progress: ["in_progress", "completed"],
    completed: [],
    cancelled: [],
  },
};

/** How each kind starts and ends. */
export const incidentStarts: Readonly<Record<IncidentKind, readonly IncidentStatus[]>> = {
  incident: ["investigating", "identified", "monitoring"],
  maintenance: ["scheduled"],
};
export const incidentEnds: Readonly<Record<IncidentKind, IncidentStatus>> = {
  incident: "resolved",
  maintenance: "completed",
};

export function isEnded(incident: { kind: IncidentKind; status: IncidentStatus }): boolean {
  return incident.status === incidentEnds[incident.kind] || incident.status === "cancelled";
}

export function allowedNextStatuses(incident: {
  kind: IncidentKind;
  status: IncidentStatus;
}): readonly IncidentStatus[] {
  return incidentTransitions[incident.kind][incident.status] ?? [];
}

export interface IncidentClock {
  startedAt: Date | null;
  resolvedAt: Date | null;
}

/**
 * The status an update moves to, with the times it sets: a maintenance starts when it goes in
 * progress, anything ends when it reaches its end. Refused with CONFLICT otherwise.
 */
export function applyIncidentUpdate(
  incident: { kind: IncidentKind; status: IncidentStatus } & IncidentClock,
  to: IncidentStatus,
  now: Date,
): { status: IncidentStatus } & IncidentClock {
  if (isEnded(incident)) throw new DomainError("CONFLICT", "incident.ended");
  if (!allowedNextStatuses(incident).includes(to)) {
    throw new DomainError("CONFLICT", "incident.transitionNotAllowed");
  }
  return {
    status: to,
    startedAt: incident.startedAt ?? (to === "in_progress" || incident.kind === "incident" ? now : null),
    resolvedAt: to === incidentEnds[incident.kind] || to === "cancelled" ? now : null,
  };
}

export function validateInitialStatus(kind: IncidentKind, status: IncidentStatus): void {
  if (!incidentStarts[kind].includes(status))
    throw new DomainError("INVALID", "incident.invalidInitialStatus");
}

/** What an incident may say about a component: an outage of some degree; a maintenance, maintenance. */
export const affectedComponentStates: Readonly<Record<IncidentKind, readonly ComponentState[]>> = {
  incident: ["degraded", "partial_outage", "major_outage"],
  maintenance: ["maintenance"],
};

/**
 * The components an incident or maintenance affects: known, each once, in a state fitting its
 * kind. An incident names at least one (the page must say what is affected).
 */
export function validateAffectedComponents(
  kind: IncidentKind,
  components: readonly { key: string; state: ComponentState }[],
  knownKeys: ReadonlySet<string>,
): void {
  if (kind === "incident" && components.length === 0) {
    throw new DomainError("INVALID", "incident.componentsRequired");
  }
  const keys = new Set<string>();
  for (const component of components) {
    if (!knownKeys.has(component.key)) throw new DomainError("NOT_FOUND", "incident.componentNotFound");
    if (keys.has(component.key)) throw new DomainError("INVALID", "incident.componentTwice");
    if (!affectedComponentStates[kind].includes(component.state)) {
      throw new DomainError("INVALID", "incident.componentStateNotAllowed");
    }
    keys.add(component.key);
  }
}

/**
 * When an incident or maintenance ends, the states staff set by hand on its components go back
 * to operational, unless another open incident or maintenance still names that component (its
 * staff will end that one in turn).
 */
export function componentsToRestore(input: {
  ended: readonly string[];
  manual: ReadonlyMap<string, ComponentState>;
  stillAffected: ReadonlySet<string>;
}): string[] {
  return input.ended.filter(
    (key) =>
      input.manual.get(key) !== undefined &&
      input.manual.get(key) !== "operational" &&
      !input.stillAffected.has(key),
  );
}

/** A maintenance window: ends after it starts, ends in the future, lasts at most a week. */
export const maintenanceRules = { maxDurationMs: 7 * 24 * 60 * 60 * 1000 } as const;

export function validateMaintenanceWindow(window: { start: Date; end: Date }, now: Date): void {
  const start = window.start.getTime();
  const end = window.end.getTime();
  if (end <= start) throw new DomainError("INVALID", "maintenance.endBeforeStart");
  if (end <= now.getTime()) throw new DomainError("INVALID", "maintenance.endInPast");
  if (end - start > maintenanceRules.maxDurationMs) throw new DomainError("INVALID", "maintenance.tooLong");
}
