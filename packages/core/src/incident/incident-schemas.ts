import { z } from "zod";
import { componentStateSchema } from "../status/status-page";

export const INCIDENT_TITLE_MAX = 200;
export const INCIDENT_BODY_MAX = 5_000;

const title = z.string().trim().min(1).max(INCIDENT_TITLE_MAX);
const body = z.string().trim().min(1).max(INCIDENT_BODY_MAX);
const optionalText = (schema: z.ZodString) =>
  schema
    .optional()
    .or(z.literal(""))
    .transform((value) => (value ? value : undefined));

export const componentKeySchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9_]+$/);

/** The message of a timeline entry, Japanese required, English optional. */
export const incidentMessageSchema = z.object({
  bodyJa: body,
  bodyEn: optionalText(z.string().trim().max(INCIDENT_BODY_MAX)),
});

export const incidentStatusSchema = z.enum([
  "scheduled",
  "investigating",
  "identified",
  "monitoring",
  "in_progress",
  "resolved",
  "completed",
  "cancelled",
]);

const affected = z.array(z.object({ key: componentKeySchema, state: componentStateSchema })).max(30);

export const incidentCreateSchema = incidentMessageSchema.extend({
  titleJa: title,
  titleEn: optionalText(z.string().trim().max(INCIDENT_TITLE_MAX)),
  status: z.enum(["investigating", "identified", "monitoring"]).default("investigating"),
  components: affected,
});
export type IncidentCreateInput = z.infer<typeof incidentCreateSchema>;

/** A timeline entry; `components`, when given, replaces what the incident says about them. */
export const incidentUpdateSchema = incidentMessageSchema.extend({
  incidentId: z.uuid(),
  status: incidentStatusSchema,
  components: affected.optional(),
});
export type IncidentUpdateInput = z.infer<typeof incidentUpdateSchema>;

export const incidentResolveSchema = incidentMessageSchema.extend({
  incidentId: z.uuid(),
  /** Put the states staff set by hand on its components back to operational. */
  restoreComponents: z.boolean().default(true),
});

export const maintenanceCreateSchema = incidentMessageSchema.extend({
  titleJa: title,
  titleEn: optionalText(z.string().trim().max(INCIDENT_TITLE_MAX)),
  scheduledStart: z.date(),
  scheduledEnd: z.date(),
  componentKeys: z.array(componentKeySchema).max(30),
});
export type MaintenanceCreateInput = z.infer<typeof maintenanceCreateSchema>;

export const maintenanceStepSchema = incidentMessageSchema.extend({
  incidentId: z.uuid(),
  /** On completion: put the states staff set by hand on its components back to operational. */
  restoreComponents: z.boolean().default(true),
});

export const componentStateInputSchema = z.object({ key: componentKeySchema, state: componentStateSchema });

export const incidentListSchema = z.object({
  kind: z.enum(["incident", "maintenance"]).optional(),
  /** Open ones only (not yet resolved or completed). */
  open: z.boolean().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
