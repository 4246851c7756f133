import { visibleTeams } from "@madoguchi/core/queue/ticket-visibility";
import { type TeamKey, teamKeys } from "@madoguchi/core/team/teams";
import { findStaffProfile } from "@madoguchi/db/staff/staff-repository";
import { TRPCError } from "@trpc/server";
import { staffProcedureWith } from "../trpc/procedures";

const isTeamKey = (key: string): key is TeamKey => (teamKeys as readonly string[]).includes(key);

/**
 * A report procedure: the role must grant `report.read` (leads and admins), and the caller's
 * windows are read at each call, so reports follow a change of membership at once. Figures are
 * narrowed to `visible` (core's rule: a lead sees their windows', an admin every window's).
 */
export const reportProcedure = staffProcedureWith("report.read").use(async ({ ctx, next }) => {
  const profile = await findStaffProfile(ctx.db, ctx.staff.id);
  if (!profile) throw new TRPCError({ code: "UNAUTHORIZED" });
  const teams = profile.teams.map((team) => team.key).filter(isTeamKey);
  return next({ ctx: { ...ctx, visible: visibleTeams({ role: ctx.staff.role, teams }) } });
});
