import type { RoutingOverride } from "@madoguchi/core/routing/route-inquiry";
import { applicableOverrides } from "@madoguchi/core/settings/routing-overrides";
import type { TeamKey } from "@madoguchi/core/team/teams";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface StoredRoutingOverride extends RoutingOverride {
  id: string;
  updatedAt: Date;
}

const select = {
  id: true,
  troubleType: true,
  subtype: true,
  priority: true,
  updatedAt: true,
  team: { select: { key: true } },
} as const;

type Row = {
  id: string;
  troubleType: TroubleType;
  subtype: string;
  priority: RoutingOverride["priority"] | null;
  updatedAt: Date;
  team: { key: string } | null;
};

function toOverride(row: Row): StoredRoutingOverride {
  return {
    id: row.id,
    type: row.troubleType,
    ...(row.subtype ? { subtype: row.subtype } : {}),
    ...(row.team ? { team: row.team.key as TeamKey } : {}),
    ...(row.priority ? { priority: row.priority } : {}),
    updatedAt: row.updatedAt,
  };
}

/** Every override, by trouble type, whole-type rules before subtype rules. */
export async function listRoutingOverrides(db: DbOrTx): Promise<StoredRoutingOverride[]> {
  const rows = await db.routingOverride.findMany({
    orderBy: [{ troubleType: "asc" }, { subtype: "asc" }],
    select,
  });
  return rows.map(toOverride);
}

/** The overrides routing applies (core's RoutingOverride, by team key); invalid ones left out. */
export async function loadRoutingOverrides(db: DbOrTx): Promise<RoutingOverride[]> {
  return applicableOverrides(
    (await listRoutingOverrides(db)).map(({ id: _id, updatedAt: _at, ...rule }) => rule),
  );
}

export async function findRoutingOverride(
  db: DbOrTx,
  key: { type: TroubleType; subtype?: string | undefined },
): Promise<StoredRoutingOverride | null> {
  const row = await db.routingOverride.findUnique({
    where: { troubleType_subtype: { troubleType: key.type, subtype: key.subtype ?? "" } },
    select,
  });
  return row ? toOverride(row) : null;
}

/** Creates or replaces the override of a type (and subtype). */
export async function saveRoutingOverride(
  db: DbOrTx,
  rule: RoutingOverride & { teamId: string | null },
): Promise<StoredRoutingOverride> {
  const values = { teamId: rule.teamId, priority: rule.priority ?? null };
  const row = await db.routingOverride.upsert({
    where: { troubleType_subtype: { troubleType: rule.type, subtype: rule.subtype ?? "" } },
    update: values,
    create: { troubleType: rule.type, subtype: rule.subtype ?? "", ...values },
    select,
  });
  return toOverride(row);
}

export async function deleteRoutingOverride(db: DbOrTx, id: string): Promise<boolean> {
  const { count } = await db.routingOverride.deleteMany({ where: { id } });
  return count > 0;
}
