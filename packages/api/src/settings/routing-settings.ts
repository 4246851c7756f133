import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { RoutingOverride } from "@madoguchi/core/routing/route-inquiry";
import {
  deleteRoutingOverride,
  findRoutingOverride,
  listRoutingOverrides,
  saveRoutingOverride,
} from "@madoguchi/db/settings/routing-override-repository";
import { teamIdsByKey } from "@madoguchi/db/settings/team-settings-repository";
import type { ConsoleCtx } from "../console/console-procedure";
import { auditSettingChange } from "./settings-procedure";

export function routingOverridesView(ctx: ConsoleCtx) {
  return listRoutingOverrides(ctx.db);
}

const ruleOf = ({ type, subtype, team, priority }: RoutingOverride) => ({
  type,
  subtype: subtype ?? null,
  team: team ?? null,
  priority: priority ?? null,
});

/** Creates the override of a type (and subtype), or replaces the one there is; audited. */
export function saveRoutingOverrideSetting(ctx: ConsoleCtx, rule: RoutingOverride) {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const before = await findRoutingOverride(tx, rule);
    const teamId = rule.team ? ((await teamIdsByKey(tx)).get(rule.team) ?? null) : null;
    if (rule.team && !teamId) throw new DomainError("NOT_FOUND", "settings.team.notFound");
    const saved = await saveRoutingOverride(tx, { ...rule, teamId });
    await auditSettingChange(tx, ctx, {
      action: before ? "settings.routing.update" : "settings.routing.create",
      objectType: "routing_override",
      objectId: saved.id,
      before: before ? ruleOf(before) : null,
      after: ruleOf(saved),
      at: now,
    });
    return saved;
  });
}

export function removeRoutingOverrideSetting(ctx: ConsoleCtx, id: string) {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const before = (await listRoutingOverrides(tx)).find((rule) => rule.id === id);
    if (!before || !(await deleteRoutingOverride(tx, id))) {
      throw new DomainError("NOT_FOUND", "settings.routing.notFound");
    }
    await auditSettingChange(tx, ctx, {
      action: "settings.routing.delete",
      objectType: "routing_override",
      objectId: id,
      before: ruleOf(before),
      after: null,
      at: now,
    });
    return { removed: true };
  });
}
