import { teamCalendarSchema } from "@madoguchi/core/settings/team-calendar";
import { teamKeys } from "@madoguchi/core/team/teams";
import { z } from "zod";
import { router } from "../trpc/init";
import { settingsProcedure } from "./settings-procedure";
import {
  setTeamMembership,
  teamSettingsView,
  updateTeamAutoAssign,
  updateTeamCalendar,
} from "./team-settings";

const team = z.enum(teamKeys, { error: "settings.team.notFound" });
const teamsProcedure = settingsProcedure("settings.manage", "settings.team");
const membership = z.object({ team, staffId: z.uuid({ error: "staff.notFound" }) });

/** Windows: members, round-robin assignment, business hours and closed days (admins). */
export const teamsSettingsRouter = router({
  list: teamsProcedure.query(({ ctx }) => teamSettingsView(ctx)),
  addMember: teamsProcedure
    .input(membership)
    .mutation(({ ctx, input }) => setTeamMembership(ctx, { ...input, member: true })),
  removeMember: teamsProcedure
    .input(membership)
    .mutation(({ ctx, input }) => setTeamMembership(ctx, { ...input, member: false })),
  setAutoAssign: teamsProcedure
    .input(z.object({ team, autoAssign: z.boolean() }))
    .mutation(({ ctx, input }) => updateTeamAutoAssign(ctx, input)),
  updateCalendar: settingsProcedure("settings.manage", "settings.calendar")
    .input(z.object({ team, calendar: teamCalendarSchema }))
    .mutation(({ ctx, input }) => updateTeamCalendar(ctx, input)),
});
