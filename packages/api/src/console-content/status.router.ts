import {
  componentStateInputSchema,
  incidentCreateSchema,
  incidentListSchema,
  incidentResolveSchema,
  incidentUpdateSchema,
  maintenanceCreateSchema,
  maintenanceStepSchema,
} from "@madoguchi/core/incident/incident-schemas";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import {
  findConsoleIncident,
  listConsoleComponents,
  listConsoleIncidents,
} from "@madoguchi/db/incident/incident-console-repository";
import { z } from "zod";
import { router } from "../trpc/init";
import { staffProcedureWith } from "../trpc/procedures";
import {
  changeComponentState,
  openIncident,
  postIncidentUpdate,
  scheduleMaintenance,
} from "./incident-actions";

const manage = staffProcedureWith("status.manage");

/** Incidents: investigating -> identified -> monitoring -> resolved, each step a timeline entry. */
export const incidentsRouter = router({
  list: manage.input(incidentListSchema).query(({ ctx, input }) => listConsoleIncidents(ctx.db, input)),
  get: manage.input(z.object({ id: z.uuid() })).query(async ({ ctx, input }) => {
    const incident = await findConsoleIncident(ctx.db, input.id);
    if (!incident) throw new DomainError("NOT_FOUND", "incident.notFound");
    return incident;
  }),
  create: manage.input(incidentCreateSchema).mutation(({ ctx, input }) => openIncident(ctx, input)),
  addUpdate: manage.input(incidentUpdateSchema).mutation(({ ctx, input }) => postIncidentUpdate(ctx, input)),
  resolve: manage
    .input(incidentResolveSchema)
    .mutation(({ ctx, input }) => postIncidentUpdate(ctx, { ...input, status: "resolved" })),
});

/**
 * Scheduled maintenance: scheduled -> in_progress -> completed, or called off before it began
 * (scheduled -> cancelled, with the reason as its last update; core refuses it once in progress).
 */
export const maintenanceRouter = router({
  create: manage.input(maintenanceCreateSchema).mutation(({ ctx, input }) => scheduleMaintenance(ctx, input)),
  start: manage
    .input(maintenanceStepSchema)
    .mutation(({ ctx, input }) => postIncidentUpdate(ctx, { ...input, status: "in_progress" })),
  complete: manage
    .input(maintenanceStepSchema)
    .mutation(({ ctx, input }) => postIncidentUpdate(ctx, { ...input, status: "completed" })),
  cancel: manage
    .input(maintenanceStepSchema)
    .mutation(({ ctx, input }) => postIncidentUpdate(ctx, { ...input, status: "cancelled" })),
});

/** The status page's components and the state staff set on each. */
export const componentsRouter = router({
  list: manage.query(({ ctx }) => listConsoleComponents(ctx.db)),
  setState: manage
    .input(componentStateInputSchema)
    .mutation(({ ctx, input }) => changeComponentState(ctx, input)),
});
