import type { Locale } from "@madoguchi/core/locale/locale";
import type { MacroInput, MacroTeam } from "@madoguchi/core/settings/macro-settings";
import type { TeamKey } from "@madoguchi/core/team/teams";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface StoredMacro {
  id: string;
  key: string;
  team: MacroTeam;
  locale: Locale;
  title: string;
  body: string;
  status: TicketStatus | null;
  position: number;
  active: boolean;
  updatedAt: Date;
}

const select = {
  id: true,
  key: true,
  locale: true,
  title: true,
  body: true,
  status: true,
  position: true,
  active: true,
  updatedAt: true,
  team: { select: { key: true } },
} as const;

type Row = Omit<StoredMacro, "team"> & { team: { key: string } | null };

const toMacro = ({ team, ...row }: Row): StoredMacro => ({ ...row, team: (team?.key ?? "all") as MacroTeam });

/** Macros of some windows (`"all"`: every macro), all-window ones last, each group by position. */
export async function listMacros(
  db: DbOrTx,
  scope: { teams: "all" | readonly TeamKey[]; activeOnly?: boolean },
): Promise<StoredMacro[]> {
  const rows = await db.macro.findMany({
    where: {
      ...(scope.teams === "all" ? {} : { team: { key: { in: [...scope.teams] } } }),
      ...(scope.activeOnly ? { active: true } : {}),
    },
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select,
  });
  return rows.map(toMacro).sort((a, b) => Number(a.team === "all") - Number(b.team === "all"));
}

/**
 * What a ticket of `teamKey` offers in the reply composer: its window's active macros first,
 * then the active ones every window shares, each in position order.
 */
export async function listMacrosForTeam(db: DbOrTx, teamKey: string): Promise<StoredMacro[]> {
  const rows = await db.macro.findMany({
    where: { active: true, OR: [{ teamId: null }, { team: { key: teamKey } }] },
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select,
  });
  const macros = rows.map(toMacro);
  return [...macros.filter((m) => m.team !== "all"), ...macros.filter((m) => m.team === "all")];
}

export async function findMacro(db: DbOrTx, id: string): Promise<StoredMacro | null> {
  const row = await db.macro.findUnique({ where: { id }, select });
  return row ? toMacro(row) : null;
}

export async function findMacroByKey(db: DbOrTx, key: string): Promise<StoredMacro | null> {
  const row = await db.macro.findUnique({ where: { key }, select });
  return row ? toMacro(row) : null;
}

type MacroValues = Omit<MacroInput, "team"> & { teamId: string | null };

const columns = (macro: MacroValues) => ({
  key: macro.key,
  teamId: macro.teamId,
  locale: macro.locale,
  title: macro.title,
  body: macro.body,
  status: macro.status,
  position: macro.position,
  active: macro.active,
});

export async function createMacro(db: DbOrTx, macro: MacroValues): Promise<StoredMacro> {
  return toMacro(await db.macro.create({ data: columns(macro), select }));
}

export async function updateMacro(db: DbOrTx, id: string, macro: MacroValues): Promise<StoredMacro> {
  return toMacro(await db.macro.update({ where: { id }, data: columns(macro), select }));
}
