import { type RoutingOverride, fixedPriorities, routingOverrideSchema } from "../routing/route-inquiry";
import type { TeamKey } from "../team/teams";
import { findSubtype } from "../trouble/subtypes";
import type { TroubleType } from "../trouble/trouble-types";

/**
 * Windows that trouble of a type must reach whatever an override says: security trouble goes
 * to the security team, which works around the clock.
 */
export const fixedWindows: Readonly<Partial<Record<TroubleType, TeamKey>>> = {
  security: "security",
};

/**
 * An override as an admin saves it: the subtype (if any) is one of the type's, it changes
 * something, and it neither lowers a fixed priority nor sends trouble away from its fixed window.
 */
export const routingOverrideInputSchema = routingOverrideSchema.superRefine((rule, ctx) => {
  if (rule.subtype !== undefined && !findSubtype(rule.type, rule.subtype)) {
    ctx.addIssue({ code: "custom", path: ["subtype"], message: "settings.routing.subtype.unknown" });
  }
  if (rule.team === undefined && rule.priority === undefined) {
    ctx.addIssue({ code: "custom", path: ["team"], message: "settings.routing.empty" });
  }
  const window = fixedWindows[rule.type];
  if (window && rule.team !== undefined && rule.team !== window) {
    ctx.addIssue({ code: "custom", path: ["team"], message: "settings.routing.team.fixed" });
  }
  const priority = fixedPriorities[rule.type];
  if (priority && rule.priority !== undefined && rule.priority !== priority) {
    ctx.addIssue({ code: "custom", path: ["priority"], message: "settings.routing.priority.fixed" });
  }
});

/** Overrides that break a rule added since they were saved are left out rather than applied. */
export function applicableOverrides(rules: readonly RoutingOverride[]): RoutingOverride[] {
  return rules.filter((rule) => routingOverrideInputSchema.safeParse(rule).success);
}
