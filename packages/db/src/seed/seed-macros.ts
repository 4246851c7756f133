import { macros } from "@madoguchi/core/workspace/macros";
import type { DbOrTx } from "../mail/email-outbox-repository";

/**
 * The demo macros (core's list) into the Macro table, each window's in the list's order.
 * Create-only, like the rest of the seed: a macro edited or deactivated in settings stays so.
 */
export async function seedMacros(db: DbOrTx): Promise<void> {
  const teamIds = new Map(
    (await db.team.findMany({ select: { id: true, key: true } })).map((team) => [team.key, team.id]),
  );
  await db.macro.createMany({
    data: macros.map((macro, position) => ({
      key: macro.key,
      teamId: macro.team === "all" ? null : (teamIds.get(macro.team) ?? null),
      locale: "ja" as const,
      title: macro.title,
      body: macro.body,
      status: macro.status ?? null,
      position,
    })),
    skipDuplicates: true,
  });
}
