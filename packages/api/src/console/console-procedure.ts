import type { Permission } from "@madoguchi/core/access/permissions";
import type { StaffRole } from "@madoguchi/core/access/permissions";
import { visibleTeams } from "@madoguchi/core/queue/ticket-visibility";
import type { TeamKey } from "@madoguchi/core/team/teams";
import { findConsoleStaff } from "@madoguchi/db/workspace/staff-ticket-queries";
import { TRPCError } from "@trpc/server";
import type { Context } from "../context/context";
import { staffProcedureWith } from "../trpc/procedures";

/** The staff member a console call runs for, with the windows read from the database. */
export interface ConsoleStaff {
  id: string;
  role: StaffRole;
  displayName: string;
  teams: TeamKey[];
}

export type ConsoleCtx = Pick<Context, "db" | "now" | "ip" | "userAgent"> & {
  scope: ConsoleStaff;
  /** Core's `visibleTeams`: every query of the console is narrowed to these windows. */
  visible: "all" | readonly TeamKey[];
};

/**
 * A console procedure: the role must grant `permission` (core's table), and the staff member's
 * windows are loaded once per call, so that a change of membership counts at the next click.
 */
export function consoleProcedure(permission: Permission) {
  return staffProcedureWith(permission).use(async ({ ctx, next }) => {
    const staff = await findConsoleStaff(ctx.db, ctx.staff.id);
    if (!staff) throw new TRPCError({ code: "UNAUTHORIZED" });
    const scope: ConsoleStaff = { id: ctx.staff.id, role: ctx.staff.role, ...staff };
    return next({ ctx: { ...ctx, scope, visible: visibleTeams(scope) } });
  });
}
