import type { TicketPriority } from "@madoguchi/core/routing/ticket-priority";
import { type SlaTargetsInput, slaPolicyFromRows, slaPolicyRows } from "@madoguchi/core/settings/sla-targets";
import { type SlaDeadlines, computeSlaDeadlines } from "@madoguchi/core/sla/compute-sla-deadlines";
import { type SlaTier, defaultSlaPolicy } from "@madoguchi/core/sla/sla-policy";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { listSlaTargets, loadSlaPolicy, saveSlaTargets } from "@madoguchi/db/settings/sla-target-repository";
import { loadTeamCalendar } from "@madoguchi/db/settings/team-settings-repository";
import type { ConsoleCtx } from "../console/console-procedure";
import { auditSettingChange } from "./settings-procedure";

/**
 * The one way SLA deadlines are computed from settings: the window's stored calendar and the
 * stored policy. Null when no such window is configured.
 */
export async function ticketDeadlines(
  db: DbOrTx,
  input: { teamKey: string; openedAt: Date; priority: TicketPriority; tier: SlaTier },
): Promise<SlaDeadlines | null> {
  const [calendar, policy] = await Promise.all([loadTeamCalendar(db, input.teamKey), loadSlaPolicy(db)]);
  if (!calendar) return null;
  return computeSlaDeadlines({
    openedAt: input.openedAt,
    priority: input.priority,
    tier: input.tier,
    calendar,
    policy,
  });
}

/** The policy table in force, each cell with whether it is the default. */
export async function slaSettingsView(ctx: ConsoleCtx) {
  const stored = await listSlaTargets(ctx.db);
  const policy = slaPolicyFromRows(stored);
  const defaults = slaPolicyRows(defaultSlaPolicy);
  return {
    rows: slaPolicyRows(policy).map((row) => ({
      ...row,
      isDefault: !stored.some((s) => s.tier === row.tier && s.priority === row.priority),
      defaults: defaults.find((d) => d.tier === row.tier && d.priority === row.priority) ?? row,
    })),
  };
}

/** Saves changed cells of the policy table; audited with the policy before and after. */
export function updateSlaTargets(ctx: ConsoleCtx, input: SlaTargetsInput) {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const before = slaPolicyFromRows(await listSlaTargets(tx));
    await saveSlaTargets(tx, input.targets);
    const after = slaPolicyFromRows(await listSlaTargets(tx));
    await auditSettingChange(tx, ctx, {
      action: "settings.sla.update",
      objectType: "sla_policy",
      objectId: null,
      before,
      after,
      at: now,
    });
    return { policy: after };
  });
}
