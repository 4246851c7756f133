import type { ComponentState, IncidentKind, IncidentStatus } from "@madoguchi/core/status/status-page";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface ConsoleIncidentUpdate {
  id: string;
  status: IncidentStatus;
  bodyJa: string;
  bodyEn: string | null;
  createdAt: Date;
}

export interface ConsoleIncident {
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
  components: { key: string; nameJa: string; state: ComponentState }[];
  /** Newest first. */
  updates: ConsoleIncidentUpdate[];
  /** Tickets staff linked to it (the workspace notifies them when it ends). */
  linkedTickets: number;
}

const select = {
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
  components: { select: { state: true, component: { select: { key: true, nameJa: true, position: true } } } },
  updates: {
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, bodyJa: true, bodyEn: true, createdAt: true },
  },
  _count: { select: { tickets: true } },
} as const;

type Row = Omit<ConsoleIncident, "components" | "linkedTickets"> & {
  components: { state: ComponentState; component: { key: string; nameJa: string; position: number } }[];
  _count: { tickets: number };
};

function toIncident({ components, _count, ...row }: Row): ConsoleIncident {
  return {
    ...row,
    components: components
      .sort((a, b) => a.component.position - b.component.position)
      .map((c) => ({ key: c.component.key, nameJa: c.component.nameJa, state: c.state })),
    linkedTickets: _count.tickets,
  };
}

/** Ended: nothing more happens to it (a cancelled maintenance never began). */
const ended: IncidentStatus[] = ["resolved", "completed", "cancelled"];

/** Open ones first, then the newest; the console's list of incidents and maintenances. */
export async function listConsoleIncidents(
  db: DbOrTx,
  filter: { kind?: IncidentKind; open?: boolean; limit: number },
): Promise<ConsoleIncident[]> {
  const rows = await db.incident.findMany({
    where: {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.open === true ? { status: { notIn: ended } } : {}),
      ...(filter.open === false ? { status: { in: ended } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: filter.limit,
    select,
  });
  const incidents = rows.map(toIncident);
  const isOpen = (incident: ConsoleIncident) => !ended.includes(incident.status);
  return [...incidents.filter(isOpen), ...incidents.filter((incident) => !isOpen(incident))];
}

export async function findConsoleIncident(db: DbOrTx, id: string): Promise<ConsoleIncident | null> {
  const row = await db.incident.findUnique({ where: { id }, select });
  return row ? toIncident(row) : null;
}

export interface LockedIncident {
  id: string;
  kind: IncidentKind;
  status: IncidentStatus;
  startedAt: Date | null;
  resolvedAt: Date | null;
  componentKeys: string[];
}

/** The incident locked until the transaction ends, so two updates never race on its status. */
export async function lockIncident(tx: DbOrTx, id: string): Promise<LockedIncident | null> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      kind: IncidentKind;
      status: IncidentStatus;
      started_at: Date | null;
      resolved_at: Date | null;
    }[]
  >`
    SELECT id::text AS id, kind::text AS kind, status::text AS status, started_at, resolved_at
    FROM incident WHERE id = ${id}::uuid
    FOR UPDATE`;
  const row = rows[0];
  if (!row) return null;
  const components = await tx.incidentComponent.findMany({
    where: { incidentId: id },
    select: { component: { select: { key: true } } },
  });
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    startedAt: row.started_at,
    resolvedAt: row.resolved_at,
    componentKeys: components.map((c) => c.component.key),
  };
}

export interface ConsoleComponent {
  id: string;
  key: string;
  nameJa: string;
  nameEn: string;
  /** The state staff set by hand (the page shows the worst of it and of open incidents). */
  state: ComponentState;
  updatedAt: Date;
}

export async function listConsoleComponents(db: DbOrTx): Promise<ConsoleComponent[]> {
  return db.statusComponent.findMany({
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select: { id: true, key: true, nameJa: true, nameEn: true, state: true, updatedAt: true },
  });
}

export interface NewIncident {
  kind: IncidentKind;
  status: IncidentStatus;
  titleJa: string;
  titleEn: string | null;
  scheduledStart: Date | null;
  scheduledEnd: Date | null;
  startedAt: Date | null;
  components: readonly { componentId: string; state: ComponentState }[];
  update: { bodyJa: string; bodyEn: string | null };
  now: Date;
}

/** An incident or maintenance with its first timeline entry. */
export async function createIncident(tx: DbOrTx, input: NewIncident): Promise<{ id: string }> {
  return tx.incident.create({
    data: {
      kind: input.kind,
      status: input.status,
      titleJa: input.titleJa,
      titleEn: input.titleEn,
      scheduledStart: input.scheduledStart,
      scheduledEnd: input.scheduledEnd,
      startedAt: input.startedAt,
      createdAt: input.now,
      components: { create: input.components.map((c) => ({ componentId: c.componentId, state: c.state })) },
      updates: {
        create: {
          status: input.status,
          bodyJa: input.update.bodyJa,
          bodyEn: input.update.bodyEn,
          createdAt: input.now,
        },
      },
    },
    select: { id: true },
  });
}

/**
 * A timeline entry that moves the incident to `status` with its times; `components`, when
 * given, replaces what the incident says about its components.
 */
export async function addIncidentUpdate(
  tx: DbOrTx,
  input: {
    incidentId: string;
    status: IncidentStatus;
    startedAt: Date | null;
    resolvedAt: Date | null;
    bodyJa: string;
    bodyEn: string | null;
    components?: readonly { componentId: string; state: ComponentState }[];
    now: Date;
  },
): Promise<{ updateId: string }> {
  if (input.components) {
    await tx.incidentComponent.deleteMany({ where: { incidentId: input.incidentId } });
    await tx.incidentComponent.createMany({
      data: input.components.map((c) => ({
        incidentId: input.incidentId,
        componentId: c.componentId,
        state: c.state,
      })),
    });
  }
  await tx.incident.update({
    where: { id: input.incidentId },
    data: {
      status: input.status,
      startedAt: input.startedAt,
      resolvedAt: input.resolvedAt,
      updatedAt: input.now,
    },
    select: { id: true },
  });
  const update = await tx.incidentUpdate.create({
    data: {
      incidentId: input.incidentId,
      status: input.status,
      bodyJa: input.bodyJa,
      bodyEn: input.bodyEn,
      createdAt: input.now,
    },
    select: { id: true },
  });
  return { updateId: update.id };
}

/** Keys of the components other open incidents and maintenances name. */
export async function componentsOfOtherOpenIncidents(tx: DbOrTx, exceptId: string): Promise<Set<string>> {
  const rows = await tx.incidentComponent.findMany({
    where: { incidentId: { not: exceptId }, incident: { status: { notIn: ended } } },
    select: { component: { select: { key: true } } },
  });
  return new Set(rows.map((row) => row.component.key));
}

/** Sets a component's state; returns the one before (null: no such component). */
export async function setComponentState(
  tx: DbOrTx,
  key: string,
  state: ComponentState,
): Promise<{ previous: ComponentState } | null> {
  const rows = await tx.$queryRaw<{ state: ComponentState }[]>`
    SELECT state::text AS state FROM status_component WHERE key = ${key} FOR UPDATE`;
  const previous = rows[0]?.state;
  if (previous === undefined) return null;
  await tx.statusComponent.update({ where: { key }, data: { state }, select: { id: true } });
  return { previous };
}
