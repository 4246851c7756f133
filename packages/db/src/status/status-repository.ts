import type { Locale } from "@madoguchi/core/locale/locale";
import type { ComponentState, IncidentKind, IncidentStatus } from "@madoguchi/core/status/status-page";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface StatusComponentRow {
  key: string;
  name: string;
  state: ComponentState;
  updatedAt: Date;
}

export interface IncidentUpdateRow {
  id: string;
  status: IncidentStatus;
  body: string;
  createdAt: Date;
}

export interface IncidentRow {
  id: string;
  kind: IncidentKind;
  status: IncidentStatus;
  title: string;
  scheduledStart: Date | null;
  scheduledEnd: Date | null;
  startedAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  components: { key: string; name: string; state: ComponentState }[];
  /** Newest first. */
  updates: IncidentUpdateRow[];
}

const localized = (locale: Locale, ja: string, en: string | null) => (locale === "en" && en ? en : ja);

export async function listStatusComponents(db: DbOrTx, locale: Locale): Promise<StatusComponentRow[]> {
  const rows = await db.statusComponent.findMany({
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select: { key: true, nameJa: true, nameEn: true, state: true, updatedAt: true },
  });
  return rows.map((row) => ({
    key: row.key,
    name: localized(locale, row.nameJa, row.nameEn),
    state: row.state,
    updatedAt: row.updatedAt,
  }));
}

const incidentSelect = {
  id: true,
  kind: true,
  status: true,
  titleJa: true,
  titleEn: true,
  scheduledStart: true,
  scheduledEnd: true,
  startedAt: true,
  resolvedAt: true,
  createdAt: true,
  updatedAt: true,
  components: {
    select: { state: true, component: { select: { key: true, nameJa: true, nameEn: true, position: true } } },
  },
  updates: {
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, bodyJa: true, bodyEn: true, createdAt: true },
  },
} as const;

type IncidentSelected = {
  id: string;
  kind: IncidentKind;
  status: IncidentStatus;
  titleJa: string;
  titleEn: string | null;
  scheduledStart: Date | null;
  scheduledEnd: Date | null;
  startedAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  components: {
    state: ComponentState;
    component: { key: string; nameJa: string; nameEn: string; position: number };
  }[];
  updates: { id: string; status: IncidentStatus; bodyJa: string; bodyEn: string | null; createdAt: Date }[];
};

function toIncident(row: IncidentSelected, locale: Locale): IncidentRow {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: localized(locale, row.titleJa, row.titleEn),
    scheduledStart: row.scheduledStart,
    scheduledEnd: row.scheduledEnd,
    startedAt: row.startedAt,
    resolvedAt: row.resolvedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    components: row.components
      .sort((a, b) => a.component.position - b.component.position)
      .map((c) => ({
        key: c.component.key,
        name: localized(locale, c.component.nameJa, c.component.nameEn),
        state: c.state,
      })),
    updates: row.updates.map((u) => ({
      id: u.id,
      status: u.status,
      body: localized(locale, u.bodyJa, u.bodyEn),
      createdAt: u.createdAt,
    })),
  };
}

/**
 * Every incident the status page may show at `now`: the open ones, and those that ended (or
 * were created) since `since`. Which section each goes to is core's `incidentPhase`.
 */
export async function listStatusIncidents(db: DbOrTx, locale: Locale, since: Date): Promise<IncidentRow[]> {
  const rows = await db.incident.findMany({
    where: {
      OR: [
        { status: { notIn: ["resolved", "completed", "cancelled"] } },
        { resolvedAt: { gte: since } },
        { scheduledEnd: { gte: since } },
        { createdAt: { gte: since } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: incidentSelect,
  });
  return rows.map((row) => toIncident(row, locale));
}

/** Incidents not yet ended: the candidates for the banner shown on every page. */
export async function listOpenIncidents(db: DbOrTx, locale: Locale): Promise<IncidentRow[]> {
  const rows = await db.incident.findMany({
    where: { status: { notIn: ["resolved", "completed", "cancelled"] } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: incidentSelect,
  });
  return rows.map((row) => toIncident(row, locale));
}

/** The newest incidents and maintenances, for the feed. */
export async function latestIncidents(db: DbOrTx, locale: Locale, take: number): Promise<IncidentRow[]> {
  const rows = await db.incident.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take,
    select: incidentSelect,
  });
  return rows.map((row) => toIncident(row, locale));
}

export async function findIncident(db: DbOrTx, id: string, locale: Locale): Promise<IncidentRow | null> {
  const row = await db.incident.findUnique({ where: { id }, select: incidentSelect });
  return row ? toIncident(row, locale) : null;
}
