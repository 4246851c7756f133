import { z } from "zod";
import type { Localized } from "../locale/locale";

export const componentStates = [
  "operational",
  "maintenance",
  "degraded",
  "partial_outage",
  "major_outage",
] as const;
export const componentStateSchema = z.enum(componentStates);
export type ComponentState = z.infer<typeof componentStateSchema>;

export type IncidentKind = "incident" | "maintenance";
export type IncidentStatus =
  | "scheduled"
  | "investigating"
  | "identified"
  | "monitoring"
  | "in_progress"
  | "resolved"
  | "completed"
  | "cancelled";

/** How bad each state is; the page shows the worst that applies. Order of `componentStates`. */
const severity: Record<ComponentState, number> = Object.fromEntries(
  componentStates.map((state, index) => [state, index]),
) as Record<ComponentState, number>;

export function worstState(states: readonly ComponentState[]): ComponentState {
  return states.reduce<ComponentState>(
    (worst, state) => (severity[state] > severity[worst] ? state : worst),
    "operational",
  );
}

/** The facts of an incident or a maintenance that decide where the status page shows it. */
export interface IncidentTimes {
  kind: IncidentKind;
  status: IncidentStatus;
  scheduledStart: Date | null;
  scheduledEnd: Date | null;
  startedAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
}

export type IncidentPhase = "active" | "upcoming" | "past";

/** How long ended incidents stay on the status page. */
export const PAST_INCIDENT_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Where an incident belongs right now. An open incident is active; a maintenance is active
 * while in progress or inside its scheduled window (staff may not have flipped it yet), upcoming
 * before its window, past once completed or once its window has ended.
 */
export function incidentPhase(incident: IncidentTimes, now: Date): IncidentPhase {
  if (incident.kind === "incident") return incident.status === "resolved" ? "past" : "active";
  if (incident.status === "completed" || incident.status === "resolved" || incident.status === "cancelled")
    return "past";
  if (incident.status === "in_progress") return "active";
  const start = incident.scheduledStart?.getTime();
  const end = incident.scheduledEnd?.getTime();
  if (end !== undefined && end <= now.getTime()) return "past";
  if (start !== undefined && start <= now.getTime()) return "active";
  return "upcoming";
}

/** When an ended incident ended, for the 90-day window and the "past incidents" order. */
export function incidentEndedAt(incident: IncidentTimes): Date {
  return incident.resolvedAt ?? incident.scheduledEnd ?? incident.startedAt ?? incident.createdAt;
}

/** Past incidents older than the window drop off the page. */
export function isRecentPast(incident: IncidentTimes, now: Date, days = PAST_INCIDENT_DAYS): boolean {
  return now.getTime() - incidentEndedAt(incident).getTime() <= days * DAY_MS;
}

export interface ComponentStatusInput {
  key: string;
  /** The state staff set on the component. */
  state: ComponentState;
}

export interface AffectingIncident extends IncidentTimes {
  components: readonly { key: string; state: ComponentState }[];
}

/**
 * The state shown for each component: the worst of what staff set on it and what every active
 * incident or maintenance says about it, so that opening an incident is enough to show it.
 */
export function effectiveComponentStates(
  components: readonly ComponentStatusInput[],
  incidents: readonly AffectingIncident[],
  now: Date,
): Map<string, ComponentState> {
  const active = incidents.filter((incident) => incidentPhase(incident, now) === "active");
  return new Map(
    components.map((component) => [
      component.key,
      worstState([
        component.state,
        ...active.flatMap((incident) =>
          incident.components.filter((c) => c.key === component.key).map((c) => c.state),
        ),
      ]),
    ]),
  );
}

/** Names of the states and statuses, shared by the pages and the notification emails. */
export const componentStateLabel: Record<ComponentState, Localized> = {
  operational: { ja: "正常", en: "Operational" },
  maintenance: { ja: "メンテナンス中", en: "Under maintenance" },
  degraded: { ja: "一部遅延", en: "Degraded performance" },
  partial_outage: { ja: "一部障害", en: "Partial outage" },
  major_outage: { ja: "重大な障害", en: "Major outage" },
};

export const incidentStatusLabel: Record<IncidentStatus, Localized> = {
  scheduled: { ja: "予定", en: "Scheduled" },
  investigating: { ja: "調査中", en: "Investigating" },
  identified: { ja: "原因特定", en: "Identified" },
  monitoring: { ja: "経過観察中", en: "Monitoring" },
  in_progress: { ja: "実施中", en: "In progress" },
  resolved: { ja: "解決済み", en: "Resolved" },
  completed: { ja: "完了", en: "Completed" },
  cancelled: { ja: "中止", en: "Cancelled" },
};
