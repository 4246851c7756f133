import { DomainError } from "@madoguchi/core/errors/domain-error";
import { canManageTeam } from "@madoguchi/core/queue/ticket-visibility";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import {
  findStaffAvailability,
  listTeamAvailability,
  setStaffAvailability,
  type StaffAvailability,
} from "@madoguchi/db/jobs/auto-assignment-repository";
import type { ConsoleCtx } from "../console/console-procedure";
import type { Context } from "../context/context";

type Ctx = Pick<Context, "db" | "now" | "ip" | "userAgent">;

/**
 * Whether a member takes round-robin assignments: set by themselves (away, off shift) or by a
 * lead of one of their windows, or an admin. Tickets already assigned stay with them.
 */
async function changeAvailability(
  ctx: Ctx,
  input: { actorId: string; staffId: string; available: boolean },
): Promise<{ available: boolean; changed: boolean }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const changed = await setStaffAvailability(tx, { staffId: input.staffId, available: input.available });
    await recordAudit(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "staff.availability_changed",
      objectType: "staff",
      objectId: input.staffId,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      data: { available: input.available, changed },
      at: now,
    });
    return { available: input.available, changed };
  });
}

export async function ownAvailability(ctx: Ctx, staffId: string): Promise<StaffAvailability> {
  const found = await findStaffAvailability(ctx.db, staffId);
  if (!found) throw new DomainError("NOT_FOUND", "staff.notFound");
  return found;
}

export function setOwnAvailability(ctx: Ctx, staffId: string, available: boolean) {
  return changeAvailability(ctx, { actorId: staffId, staffId, available });
}

/** A member of a window the actor manages; anyone else is NOT_FOUND, as if there were none. */
async function managedMember(ctx: ConsoleCtx, staffId: string): Promise<StaffAvailability> {
  const member = await findStaffAvailability(ctx.db, staffId);
  const manages = ctx.scope.role === "admin" || member?.teams.some((team) => canManageTeam(ctx.scope, team));
  if (!member || !manages) throw new DomainError("NOT_FOUND", "staff.notFound");
  return member;
}

export async function setMemberAvailability(ctx: ConsoleCtx, input: { staffId: string; available: boolean }) {
  await managedMember(ctx, input.staffId);
  return changeAvailability(ctx, {
    actorId: ctx.scope.id,
    staffId: input.staffId,
    available: input.available,
  });
}

/** The members of the windows the actor manages (every member for an admin). */
export function teamAvailability(ctx: ConsoleCtx): Promise<StaffAvailability[]> {
  const teams = ctx.scope.role === "admin" ? "all" : ctx.scope.teams;
  return listTeamAvailability(ctx.db, teams);
}
