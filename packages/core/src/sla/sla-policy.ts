import { z } from "zod";
import { type TicketPriority, ticketPriorities } from "../routing/ticket-priority";

/** A customer's plan decides the SLA tier (Plan.slaTier); anonymous filings are standard. */
export const slaTiers = ["standard", "priority"] as const;
export const slaTierSchema = z.enum(slaTiers);
export type SlaTier = z.infer<typeof slaTierSchema>;

/** The tier a ticket is held to: its customer's plan's, or standard when filed without an account. */
export function slaTierOf(planTier: string | null | undefined): SlaTier {
  return slaTierSchema.parse(planTier ?? "standard");
}

/**
 * Targets in minutes of the window's own time: business minutes for windows on business
 * hours, calendar minutes for windows open around the clock (security).
 */
export interface SlaTarget {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

export type SlaPolicy = Readonly<Record<SlaTier, Readonly<Record<TicketPriority, SlaTarget>>>>;

const HOUR = 60;
/** One business day of the default calendar (9:00–18:00). */
const BUSINESS_DAY = 9 * HOUR;

/** The default SLA policy; an exchange may configure its own through `slaPolicySchema`. */
export const defaultSlaPolicy: SlaPolicy = {
  standard: {
    urgent: { firstResponseMinutes: 1 * HOUR, resolutionMinutes: 24 * HOUR },
    high: { firstResponseMinutes: 4 * HOUR, resolutionMinutes: 2 * BUSINESS_DAY },
    normal: { firstResponseMinutes: 8 * HOUR, resolutionMinutes: 5 * BUSINESS_DAY },
    low: { firstResponseMinutes: 24 * HOUR, resolutionMinutes: 10 * BUSINESS_DAY },
  },
  priority: {
    urgent: { firstResponseMinutes: 30, resolutionMinutes: 12 * HOUR },
    high: { firstResponseMinutes: 2 * HOUR, resolutionMinutes: 1 * BUSINESS_DAY },
    normal: { firstResponseMinutes: 4 * HOUR, resolutionMinutes: 3 * BUSINESS_DAY },
    low: { firstResponseMinutes: 12 * HOUR, resolutionMinutes: 5 * BUSINESS_DAY },
  },
};

const targetSchema = z
  .object({
    firstResponseMinutes: z.number().int().positive(),
    resolutionMinutes: z.number().int().positive(),
  })
  .refine((target) => target.resolutionMinutes >= target.firstResponseMinutes, {
    message: "resolution cannot be due before the first response",
  });

const tierSchema = z.object(
  Object.fromEntries(ticketPriorities.map((priority) => [priority, targetSchema])) as Record<
    TicketPriority,
    typeof targetSchema
  >,
);

/** Validates a configured policy (e.g. from settings) before it is used. */
export const slaPolicySchema = z.object({ standard: tierSchema, priority: tierSchema });

export function slaTargetFor(
  priority: TicketPriority,
  tier: SlaTier,
  policy: SlaPolicy = defaultSlaPolicy,
): SlaTarget {
  return policy[tier][priority];
}
