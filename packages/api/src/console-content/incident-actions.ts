import { DomainError } from "@madoguchi/core/errors/domain-error";
import {
  applyIncidentUpdate,
  componentsToRestore,
  incidentEnds,
  isEnded,
  validateAffectedComponents,
  validateInitialStatus,
  validateMaintenanceWindow,
} from "@madoguchi/core/incident/incident-lifecycle";
import type { IncidentCreateInput, MaintenanceCreateInput } from "@madoguchi/core/incident/incident-schemas";
import type { ComponentState, IncidentKind, IncidentStatus } from "@madoguchi/core/status/status-page";
import {
  addIncidentUpdate,
  componentsOfOtherOpenIncidents,
  type ConsoleComponent,
  createIncident,
  listConsoleComponents,
  type LockedIncident,
  lockIncident,
  setComponentState,
} from "@madoguchi/db/incident/incident-console-repository";
import { claimTicketsNotice } from "@madoguchi/db/incident/incident-ticket-notice-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { notifyStatusSubscribers } from "../status/notify-status-subscribers";
import { auditContent, type ContentCtx, staffActor } from "./content-context";
import { noticeLinkedTickets } from "./incident-ticket-notices";
import { revalidatePortal } from "./revalidate-portal";

export interface IncidentChange {
  id: string;
  status: IncidentStatus;
  /** Subscribers emailed (queued in the same transaction as the change). */
  notified: number;
  /** Linked open tickets told that it ended (only when it reached its end, once). */
  ticketsNotified?: number;
}

type Affected = readonly { key: string; state: ComponentState }[];

async function resolveComponents(tx: DbOrTx, kind: IncidentKind, affected: Affected) {
  const components = await listConsoleComponents(tx);
  const byKey = new Map(components.map((c) => [c.key, c]));
  validateAffectedComponents(kind, affected, new Set(byKey.keys()));
  return {
    byKey,
    rows: affected.flatMap((c) => {
      const component = byKey.get(c.key);
      return component ? [{ componentId: component.id, state: c.state }] : [];
    }),
  };
}

/** Opens an incident with its first update, emails the subscribers, and refreshes the portal. */
export async function openIncident(ctx: ContentCtx, input: IncidentCreateInput): Promise<IncidentChange> {
  const result = await ctx.db.$transaction(async (tx) => {
    const now = ctx.now();
    validateInitialStatus("incident", input.status);
    const { rows } = await resolveComponents(tx, "incident", input.components);
    const { id } = await createIncident(tx, {
      kind: "incident",
      status: input.status,
      titleJa: input.titleJa,
      titleEn: input.titleEn ?? null,
      scheduledStart: null,
      scheduledEnd: null,
      startedAt: now,
      components: rows,
      update: { bodyJa: input.bodyJa, bodyEn: input.bodyEn ?? null },
      now,
    });
    await auditContent(tx, staffActor(ctx), ctx, {
      action: "incident.opened",
      objectType: "incident",
      objectId: id,
      at: now,
      data: { status: input.status, components: input.components.map((c) => `${c.key}:${c.state}`) },
    });
    const { enqueued } = await notifyStatusSubscribers(tx, { incidentId: id });
    return { id, status: input.status, notified: enqueued };
  });
  await revalidatePortal("incident opened");
  return result;
}

/** Schedules a maintenance window and tells the subscribers ahead of time. */
export async function scheduleMaintenance(
  ctx: ContentCtx,
  input: MaintenanceCreateInput,
): Promise<IncidentChange> {
  const result = await ctx.db.$transaction(async (tx) => {
    const now = ctx.now();
    validateMaintenanceWindow({ start: input.scheduledStart, end: input.scheduledEnd }, now);
    const affected = input.componentKeys.map((key) => ({ key, state: "maintenance" as const }));
    const { rows } = await resolveComponents(tx, "maintenance", affected);
    const { id } = await createIncident(tx, {
      kind: "maintenance",
      status: "scheduled",
      titleJa: input.titleJa,
      titleEn: input.titleEn ?? null,
      scheduledStart: input.scheduledStart,
      scheduledEnd: input.scheduledEnd,
      startedAt: null,
      components: rows,
      update: { bodyJa: input.bodyJa, bodyEn: input.bodyEn ?? null },
      now,
    });
    await auditContent(tx, staffActor(ctx), ctx, {
      action: "maintenance.scheduled",
      objectType: "incident",
      objectId: id,
      at: now,
      data: {
        start: input.scheduledStart.toISOString(),
        end: input.scheduledEnd.toISOString(),
        components: input.componentKeys,
      },
    });
    const { enqueued } = await notifyStatusSubscribers(tx, { incidentId: id });
    return { id, status: "scheduled" as const, notified: enqueued };
  });
  await revalidatePortal("maintenance scheduled");
  return result;
}

export interface UpdateStep {
  incidentId: string;
  status: IncidentStatus;
  bodyJa: string;
  bodyEn?: string | undefined;
  components?: Affected | undefined;
  /** When it ends: put the states staff set by hand on its components back to operational. */
  restoreComponents?: boolean;
}

/**
 * Posts a timeline entry that may move the incident or maintenance on (core's transition
 * table), emails the subscribers in the same transaction, and refreshes the portal.
 */
export async function postIncidentUpdate(ctx: ContentCtx, step: UpdateStep): Promise<IncidentChange> {
  const result = await ctx.db.$transaction(async (tx) => {
    const now = ctx.now();
    const incident = await lockIncident(tx, step.incidentId);
    if (!incident) throw new DomainError("NOT_FOUND", "incident.notFound");
    const next = applyIncidentUpdate(incident, step.status, now);
    const replaced = step.components ? await resolveComponents(tx, incident.kind, step.components) : null;
    await addIncidentUpdate(tx, {
      incidentId: incident.id,
      ...next,
      bodyJa: step.bodyJa,
      bodyEn: step.bodyEn ?? null,
      ...(replaced ? { components: replaced.rows } : {}),
      now,
    });
    const restored =
      isEnded({ kind: incident.kind, status: next.status }) && (step.restoreComponents ?? true)
        ? await restoreComponents(tx, incident, step.components?.map((c) => c.key) ?? incident.componentKeys)
        : [];
    await auditContent(tx, staffActor(ctx), ctx, {
      action: `${incident.kind}.updated`,
      objectType: "incident",
      objectId: incident.id,
      at: now,
      data: {
        from: incident.status,
        to: next.status,
        ...(step.components ? { components: step.components.map((c) => `${c.key}:${c.state}`) } : {}),
        ...(restored.length > 0 ? { restored } : {}),
      },
    });
    const { enqueued } = await notifyStatusSubscribers(tx, { incidentId: incident.id });
    // Resolved or completed (not cancelled: nothing happened the tickets could wait for).
    const tellTickets =
      next.status === incidentEnds[incident.kind] && (await claimTicketsNotice(tx, incident.id, now));
    return { id: incident.id, status: next.status, notified: enqueued, tellTickets, now };
  });
  await revalidatePortal(`incident ${result.status}`);
  const { tellTickets, now, ...change } = result;
  if (!tellTickets) return change;
  try {
    const { notified } = await noticeLinkedTickets(ctx.db, { incidentId: change.id, now });
    return { ...change, ticketsNotified: notified };
  } catch (error) {
    // The incident has ended either way; the content scheduler finishes telling the tickets.
    console.error(`incident ${change.id}: telling the linked tickets failed`, error);
    return change;
  }
}

async function restoreComponents(
  tx: DbOrTx,
  incident: LockedIncident,
  keys: readonly string[],
): Promise<string[]> {
  const components: ConsoleComponent[] = await listConsoleComponents(tx);
  const restore = componentsToRestore({
    ended: keys,
    manual: new Map(components.map((c) => [c.key, c.state])),
    stillAffected: await componentsOfOtherOpenIncidents(tx, incident.id),
  });
  for (const key of restore) await setComponentState(tx, key, "operational");
  return restore;
}

/** Sets the state staff give a component by hand (shown with what open incidents say). */
export async function changeComponentState(
  ctx: ContentCtx,
  input: { key: string; state: ComponentState },
): Promise<{ key: string; state: ComponentState; previous: ComponentState }> {
  const result = await ctx.db.$transaction(async (tx) => {
    const now = ctx.now();
    const changed = await setComponentState(tx, input.key, input.state);
    if (!changed) throw new DomainError("NOT_FOUND", "incident.componentNotFound");
    if (changed.previous !== input.state) {
      await auditContent(tx, staffActor(ctx), ctx, {
        action: "status_component.state_changed",
        objectType: "status_component",
        objectId: input.key,
        at: now,
        data: { from: changed.previous, to: input.state },
      });
    }
    return { key: input.key, state: input.state, previous: changed.previous };
  });
  if (result.previous !== result.state) await revalidatePortal("component state changed");
  return result;
}
