import type { StaffRole } from "@madoguchi/core/access/permissions";
import type { SupportCalendar } from "@madoguchi/core/sla/support-calendar";
import { type TeamCalendar, teamCalendarFromStored } from "@madoguchi/core/settings/team-calendar";
import type { TeamKey } from "@madoguchi/core/team/teams";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface TeamMember {
  id: string;
  displayName: string;
  email: string;
  role: StaffRole;
  active: boolean;
  /** Takes round-robin assignments. */
  available: boolean;
}

export interface TeamSettings {
  id: string;
  key: TeamKey;
  nameJa: string;
  nameEn: string;
  alwaysOpen: boolean;
  autoAssign: boolean;
  /** The calendar in force: stored settings over the default, validated by core. */
  calendar: SupportCalendar;
  members: TeamMember[];
}

const memberSelect = {
  id: true,
  displayName: true,
  email: true,
  role: true,
  active: true,
  available: true,
} as const;

/** Every window in display order, with its members (by name) and its settings. */
export async function listTeamSettings(db: DbOrTx): Promise<TeamSettings[]> {
  const rows = await db.team.findMany({
    orderBy: { position: "asc" },
    select: {
      id: true,
      key: true,
      nameJa: true,
      nameEn: true,
      alwaysOpen: true,
      autoAssign: true,
      calendar: true,
      members: { select: { staff: { select: memberSelect } } },
    },
  });
  return rows.map(({ members, calendar, ...team }) => ({
    ...team,
    key: team.key as TeamKey,
    calendar: teamCalendarFromStored(team, calendar),
    members: members
      .map((member) => member.staff)
      .sort((a, b) => a.displayName.localeCompare(b.displayName, "ja")),
  }));
}

/** A window's id and hours, for one change of its settings. */
export async function findTeamForSettings(
  db: DbOrTx,
  key: TeamKey,
): Promise<{ id: string; alwaysOpen: boolean; autoAssign: boolean; calendar: SupportCalendar } | null> {
  const row = await db.team.findUnique({
    where: { key },
    select: { id: true, alwaysOpen: true, autoAssign: true, calendar: true },
  });
  return row ? { ...row, calendar: teamCalendarFromStored(row, row.calendar) } : null;
}

/** The calendar a window's SLA time runs on; null when no such window is configured. */
export async function loadTeamCalendar(db: DbOrTx, key: string): Promise<SupportCalendar | null> {
  const row = await db.team.findUnique({ where: { key }, select: { alwaysOpen: true, calendar: true } });
  return row ? teamCalendarFromStored(row, row.calendar) : null;
}

export async function saveTeamCalendar(db: DbOrTx, teamId: string, calendar: TeamCalendar): Promise<void> {
  await db.team.update({ where: { id: teamId }, data: { calendar: { ...calendar } }, select: { id: true } });
}

export async function setTeamAutoAssign(db: DbOrTx, teamId: string, autoAssign: boolean): Promise<void> {
  await db.team.update({ where: { id: teamId }, data: { autoAssign }, select: { id: true } });
}

/** Adds a member to a window; false when they were one already. */
export async function addTeamMember(
  db: DbOrTx,
  input: { teamId: string; staffId: string },
): Promise<boolean> {
  const { count } = await db.teamMembership.createMany({ data: [input], skipDuplicates: true });
  return count > 0;
}

/** Removes a member from a window; false when they were not one. */
export async function removeTeamMember(
  db: DbOrTx,
  input: { teamId: string; staffId: string },
): Promise<boolean> {
  const { count } = await db.teamMembership.deleteMany({ where: input });
  return count > 0;
}

/** Active staff who could join a window (the add-member picker). */
export async function listActiveStaff(
  db: DbOrTx,
): Promise<Pick<TeamMember, "id" | "displayName" | "role">[]> {
  return db.staff.findMany({
    where: { active: true },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true, role: true },
  });
}

export async function findStaffMember(
  db: DbOrTx,
  staffId: string,
): Promise<{ id: string; displayName: string; active: boolean } | null> {
  return db.staff.findUnique({
    where: { id: staffId },
    select: { id: true, displayName: true, active: true },
  });
}

/** Team ids by key, for writing settings that name a window. */
export async function teamIdsByKey(db: DbOrTx): Promise<Map<TeamKey, string>> {
  const rows = await db.team.findMany({ select: { id: true, key: true } });
  return new Map(rows.map((row) => [row.key as TeamKey, row.id]));
}
