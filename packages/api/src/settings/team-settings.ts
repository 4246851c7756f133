import { DomainError } from "@madoguchi/core/errors/domain-error";
import {
  normalizeTeamCalendar,
  type TeamCalendar,
  teamCalendarOf,
} from "@madoguchi/core/settings/team-calendar";
import type { TeamKey } from "@madoguchi/core/team/teams";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import {
  addTeamMember,
  findStaffMember,
  findTeamForSettings,
  listActiveStaff,
  listTeamSettings,
  removeTeamMember,
  saveTeamCalendar,
  setTeamAutoAssign,
} from "@madoguchi/db/settings/team-settings-repository";
import type { ConsoleCtx } from "../console/console-procedure";
import { auditSettingChange } from "./settings-procedure";

/** Windows with members, auto-assignment and calendars, and who could join them. */
export async function teamSettingsView(ctx: ConsoleCtx) {
  const [teams, staff] = await Promise.all([listTeamSettings(ctx.db), listActiveStaff(ctx.db)]);
  return {
    teams: teams.map(({ calendar, ...team }) => ({ ...team, calendar: teamCalendarOf(calendar) })),
    staff,
  };
}

async function requireTeam(db: DbOrTx, key: TeamKey) {
  const team = await findTeamForSettings(db, key);
  if (!team) throw new DomainError("NOT_FOUND", "settings.team.notFound");
  return team;
}

/** Adds a member to a window or removes one; audited with both states. */
export function setTeamMembership(
  ctx: ConsoleCtx,
  input: { team: TeamKey; staffId: string; member: boolean },
): Promise<{ changed: boolean }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const team = await requireTeam(tx, input.team);
    const staff = await findStaffMember(tx, input.staffId);
    if (!staff || (input.member && !staff.active)) throw new DomainError("NOT_FOUND", "staff.notFound");
    const membership = { teamId: team.id, staffId: staff.id };
    const changed = input.member
      ? await addTeamMember(tx, membership)
      : await removeTeamMember(tx, membership);
    if (changed) {
      await auditSettingChange(tx, ctx, {
        action: input.member ? "settings.team.member.add" : "settings.team.member.remove",
        objectType: "team",
        objectId: team.id,
        before: { team: input.team, staffId: staff.id, member: !input.member },
        after: { team: input.team, staffId: staff.id, member: input.member },
        at: now,
      });
    }
    return { changed };
  });
}

export function updateTeamAutoAssign(
  ctx: ConsoleCtx,
  input: { team: TeamKey; autoAssign: boolean },
): Promise<{ changed: boolean }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const team = await requireTeam(tx, input.team);
    if (team.autoAssign === input.autoAssign) return { changed: false };
    await setTeamAutoAssign(tx, team.id, input.autoAssign);
    await auditSettingChange(tx, ctx, {
      action: "settings.team.autoAssign.update",
      objectType: "team",
      objectId: team.id,
      before: { team: input.team, autoAssign: team.autoAssign },
      after: { team: input.team, autoAssign: input.autoAssign },
      at: now,
    });
    return { changed: true };
  });
}

/**
 * A window's business hours and closed days. A window open around the clock counts SLA time in
 * calendar hours: its hours would never be used, so they cannot be set.
 */
export function updateTeamCalendar(
  ctx: ConsoleCtx,
  input: { team: TeamKey; calendar: TeamCalendar },
): Promise<TeamCalendar> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const team = await requireTeam(tx, input.team);
    if (team.alwaysOpen) throw new DomainError("CONFLICT", "settings.calendar.alwaysOpen");
    const calendar = normalizeTeamCalendar(input.calendar);
    await saveTeamCalendar(tx, team.id, calendar);
    await auditSettingChange(tx, ctx, {
      action: "settings.team.calendar.update",
      objectType: "team",
      objectId: team.id,
      before: { team: input.team, ...teamCalendarOf(team.calendar) },
      after: { team: input.team, ...calendar },
      at: now,
    });
    return calendar;
  });
}
