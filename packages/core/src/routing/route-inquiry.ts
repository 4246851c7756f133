import { z } from "zod";
import { DomainError } from "../errors/domain-error";
import { type SlaTier, slaTierOf } from "../sla/sla-policy";
import { type TeamKey, teamKeys } from "../team/teams";
import { findSubtype } from "../trouble/subtypes";
import { type TroubleType, troubleType, troubleTypeSchema } from "../trouble/trouble-types";
import { type TicketPriority, higherPriority, ticketPrioritySchema } from "./ticket-priority";

/** The default priority of each trouble type (DOMAIN.md); subtypes below refine it. */
export const typePriorities: Readonly<Record<TroubleType, TicketPriority>> = {
  login: "normal",
  trading: "normal",
  funds: "normal",
  system: "normal",
  security: "urgent",
  other: "low",
};

/**
 * Subtypes whose priority differs from their type's: money leaving the exchange cannot wait,
 * and complaints are tracked to resolution rather than answered as FAQs.
 */
export const subtypePriorities: readonly { type: TroubleType; subtype: string; priority: TicketPriority }[] =
  [
    { type: "funds", subtype: "wrong_address", priority: "high" },
    { type: "funds", subtype: "jpy_withdrawal_refused", priority: "high" },
    { type: "funds", subtype: "crypto_withdrawal_pending", priority: "high" },
    { type: "system", subtype: "site_unreachable", priority: "high" },
    { type: "other", subtype: "complaint", priority: "normal" },
  ];

/** Trouble types whose priority nothing lowers, not even an override. */
export const fixedPriorities: Readonly<Partial<Record<TroubleType, TicketPriority>>> = {
  security: "urgent",
};

/** The lowest priority a customer's SLA tier gets: the priority plan is never left at "low". */
export const tierPriorityFloor: Readonly<Record<SlaTier, TicketPriority>> = {
  standard: "low",
  priority: "normal",
};

/** A staff-configured rule applied on top of the tables; a subtype rule beats a type rule. */
export const routingOverrideSchema = z.object({
  type: troubleTypeSchema,
  subtype: z.string().min(1).optional(),
  team: z.enum(teamKeys).optional(),
  priority: ticketPrioritySchema.optional(),
});
export type RoutingOverride = z.infer<typeof routingOverrideSchema>;

export interface RouteInput {
  type: TroubleType;
  subtype: string;
  /** The customer's plan; null when filed without signing in. */
  plan: { slaTier: SlaTier } | null;
  overrides?: readonly RoutingOverride[];
}

export interface Route {
  team: TeamKey;
  priority: TicketPriority;
  anonymousAllowed: boolean;
  slaTier: SlaTier;
}

/**
 * Where an inquiry goes and how urgent it is. Decided from the trouble type and subtype only;
 * nothing the customer types sets the priority.
 */
export function routeInquiry({ type, subtype, plan, overrides = [] }: RouteInput): Route {
  const definition = findSubtype(type, subtype);
  if (!definition)
    throw new DomainError("INVALID", "inquiry.subtype.unknown", `unknown subtype ${type}/${subtype}`);

  let team = definition.team;
  let priority =
    subtypePriorities.find((row) => row.type === type && row.subtype === subtype)?.priority ??
    typePriorities[type];

  const applicable = overrides.filter(
    (rule) => rule.type === type && (!rule.subtype || rule.subtype === subtype),
  );
  const bySpecificity = [
    ...applicable.filter((rule) => !rule.subtype),
    ...applicable.filter((rule) => rule.subtype),
  ];
  for (const rule of bySpecificity) {
    if (rule.team) team = rule.team;
    if (rule.priority) priority = rule.priority;
  }

  const slaTier = slaTierOf(plan?.slaTier);
  priority = higherPriority(priority, tierPriorityFloor[slaTier]);
  const fixed = fixedPriorities[type];
  if (fixed) priority = fixed;

  return { team, priority, anonymousAllowed: troubleType(type).anonymousAllowed, slaTier };
}
