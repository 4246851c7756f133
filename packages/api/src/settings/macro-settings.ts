import { DomainError } from "@madoguchi/core/errors/domain-error";
import { canEditMacro, editableMacroTeams, type MacroInput } from "@madoguchi/core/settings/macro-settings";
import {
  createMacro,
  findMacro,
  findMacroByKey,
  listMacros,
  type StoredMacro,
  updateMacro,
} from "@madoguchi/db/settings/macro-repository";
import { teamIdsByKey } from "@madoguchi/db/settings/team-settings-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import type { ConsoleCtx } from "../console/console-procedure";
import { auditSettingChange } from "./settings-procedure";

/** The macros an editor manages: every macro for admins, their own windows' for leads. */
export async function macroSettingsView(ctx: ConsoleCtx) {
  const teams = editableMacroTeams(ctx.scope);
  return {
    teams,
    canEditShared: canEditMacro(ctx.scope, "all"),
    macros: await listMacros(ctx.db, { teams }),
  };
}

const snapshot = ({ id: _id, updatedAt: _at, ...macro }: StoredMacro) => macro;

async function teamIdOf(tx: DbOrTx, team: MacroInput["team"]): Promise<string | null> {
  if (team === "all") return null;
  const id = (await teamIdsByKey(tx)).get(team);
  if (!id) throw new DomainError("NOT_FOUND", "settings.team.notFound");
  return id;
}

/** A new macro of a window the editor may manage; its key is unique. */
export function createMacroSetting(ctx: ConsoleCtx, input: MacroInput) {
  if (!canEditMacro(ctx.scope, input.team)) throw new DomainError("FORBIDDEN", "settings.macro.forbidden");
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    if (await findMacroByKey(tx, input.key)) throw new DomainError("CONFLICT", "settings.macro.key.taken");
    const created = await createMacro(tx, { ...input, teamId: await teamIdOf(tx, input.team) });
    await auditSettingChange(tx, ctx, {
      action: "settings.macro.create",
      objectType: "macro",
      objectId: created.id,
      before: null,
      after: snapshot(created),
      at: now,
    });
    return created;
  });
}

/**
 * Edits (or deactivates) a macro. The editor must manage both its window and the window it
 * moves to; a macro of a window they do not manage is NOT_FOUND, as if it did not exist.
 */
export function updateMacroSetting(ctx: ConsoleCtx, input: MacroInput & { id: string }) {
  const now = ctx.now();
  const { id, ...values } = input;
  return ctx.db.$transaction(async (tx) => {
    const before = await findMacro(tx, id);
    if (!before || !canEditMacro(ctx.scope, before.team))
      throw new DomainError("NOT_FOUND", "settings.macro.notFound");
    if (!canEditMacro(ctx.scope, values.team)) throw new DomainError("FORBIDDEN", "settings.macro.forbidden");
    if (values.key !== before.key && (await findMacroByKey(tx, values.key))) {
      throw new DomainError("CONFLICT", "settings.macro.key.taken");
    }
    const after = await updateMacro(tx, id, { ...values, teamId: await teamIdOf(tx, values.team) });
    await auditSettingChange(tx, ctx, {
      action: "settings.macro.update",
      objectType: "macro",
      objectId: id,
      before: snapshot(before),
      after: snapshot(after),
      at: now,
    });
    return after;
  });
}

/** Deactivates or reactivates a macro, keeping everything else as it is. */
export async function setMacroActive(ctx: ConsoleCtx, input: { id: string; active: boolean }) {
  const macro = await findMacro(ctx.db, input.id);
  if (!macro || !canEditMacro(ctx.scope, macro.team))
    throw new DomainError("NOT_FOUND", "settings.macro.notFound");
  const { id, updatedAt: _at, ...values } = macro;
  return updateMacroSetting(ctx, { ...values, id, active: input.active });
}
