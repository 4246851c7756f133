import { z } from "zod";
import { type TicketPriority, ticketPriorities, ticketPrioritySchema } from "../routing/ticket-priority";
import {
  type SlaPolicy,
  type SlaTarget,
  type SlaTier,
  defaultSlaPolicy,
  slaPolicySchema,
  slaTierSchema,
  slaTiers,
} from "../sla/sla-policy";

/** Bounds of a target, in the window's minutes: a minute at least, 90 calendar days at most. */
export const SLA_MINUTES_MIN = 1;
export const SLA_MINUTES_MAX = 90 * 24 * 60;

const minutes = (field: "firstResponse" | "resolution") =>
  z
    .number({ error: `settings.sla.${field}.invalid` })
    .int(`settings.sla.${field}.invalid`)
    .min(SLA_MINUTES_MIN, `settings.sla.${field}.tooShort`)
    .max(SLA_MINUTES_MAX, `settings.sla.${field}.tooLong`);

/** One cell of the policy table (tier × priority). */
export const slaTargetRowSchema = z
  .object({
    tier: slaTierSchema,
    priority: ticketPrioritySchema,
    firstResponseMinutes: minutes("firstResponse"),
    resolutionMinutes: minutes("resolution"),
  })
  .refine((row) => row.resolutionMinutes >= row.firstResponseMinutes, {
    path: ["resolutionMinutes"],
    message: "settings.sla.resolution.beforeFirstResponse",
  });
export type SlaTargetRow = z.infer<typeof slaTargetRowSchema>;

/** Changed cells of the table, each cell at most once. */
export const slaTargetsInputSchema = z
  .object({
    targets: z
      .array(slaTargetRowSchema)
      .min(1)
      .max(slaTiers.length * ticketPriorities.length),
  })
  .refine(
    ({ targets }) => new Set(targets.map((row) => `${row.tier}:${row.priority}`)).size === targets.length,
    { path: ["targets"], message: "settings.sla.targets.duplicate" },
  );
export type SlaTargetsInput = z.infer<typeof slaTargetsInputSchema>;

/**
 * The policy in force: stored cells over the default policy. A stored cell that is no longer
 * valid is ignored (its default applies), so a bad row cannot stop tickets being filed.
 */
export function slaPolicyFromRows(rows: readonly SlaTargetRow[]): SlaPolicy {
  const policy: Record<SlaTier, Record<TicketPriority, SlaTarget>> = {
    standard: { ...defaultSlaPolicy.standard },
    priority: { ...defaultSlaPolicy.priority },
  };
  for (const row of rows) {
    const parsed = slaTargetRowSchema.safeParse(row);
    if (!parsed.success) continue;
    policy[row.tier][row.priority] = {
      firstResponseMinutes: parsed.data.firstResponseMinutes,
      resolutionMinutes: parsed.data.resolutionMinutes,
    };
  }
  return slaPolicySchema.parse(policy);
}

/** Every cell of a policy as rows, tier by tier from the most urgent priority. */
export function slaPolicyRows(policy: SlaPolicy): SlaTargetRow[] {
  return slaTiers.flatMap((tier) =>
    [...ticketPriorities].reverse().map((priority) => ({ tier, priority, ...policy[tier][priority] })),
  );
}

/** "1時間30分" / "1 h 30 min": how the table shows minutes. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
