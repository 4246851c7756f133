import type { SlaTargetRow } from "@madoguchi/core/settings/sla-targets";
import { slaPolicyFromRows } from "@madoguchi/core/settings/sla-targets";
import type { SlaPolicy } from "@madoguchi/core/sla/sla-policy";
import type { DbOrTx } from "../mail/email-outbox-repository";

/** The stored cells of the SLA policy (tier × priority); cells never saved are absent. */
export async function listSlaTargets(db: DbOrTx): Promise<SlaTargetRow[]> {
  return db.slaTarget.findMany({
    orderBy: [{ tier: "asc" }, { priority: "asc" }],
    select: { tier: true, priority: true, firstResponseMinutes: true, resolutionMinutes: true },
  });
}

/** The policy in force: stored cells over core's default policy. */
export async function loadSlaPolicy(db: DbOrTx): Promise<SlaPolicy> {
  return slaPolicyFromRows(await listSlaTargets(db));
}

export async function saveSlaTargets(db: DbOrTx, rows: readonly SlaTargetRow[]): Promise<void> {
  for (const row of rows) {
    const target = {
      firstResponseMinutes: row.firstResponseMinutes,
      resolutionMinutes: row.resolutionMinutes,
    };
    await db.slaTarget.upsert({
      where: { tier_priority: { tier: row.tier, priority: row.priority } },
      update: target,
      create: { tier: row.tier, priority: row.priority, ...target },
      select: { tier: true },
    });
  }
}
