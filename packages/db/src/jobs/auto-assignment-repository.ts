import {
  type AutoAssignCandidate,
  chooseAutoAssignee,
  nextAutoAssignmentStamp,
} from "@madoguchi/core/workspace/auto-assignment";
import type { StaffRole } from "@madoguchi/core/access/permissions";
import type { TeamKey } from "@madoguchi/core/team/teams";
import type { DbOrTx } from "../mail/email-outbox-repository";

/**
 * Picks the window's next member round-robin for a ticket being filed, in the filing
 * transaction, and records their turn. The team row is locked first (FOR NO KEY UPDATE: it
 * waits for another filing's pick but not for the foreign-key checks of tickets being inserted),
 * so two filings at once read each other's turn and never hand the same member two in a row.
 * Null when no member can take it.
 */
export async function takeAutoAssignee(
  tx: DbOrTx,
  input: { teamId: string; now: Date },
): Promise<string | null> {
  await tx.$queryRaw`SELECT id FROM team WHERE id = ${input.teamId}::uuid FOR NO KEY UPDATE`;
  const rows = await tx.$queryRaw<
    {
      staff_id: string;
      role: StaffRole;
      active: boolean;
      available: boolean;
      enrolled: boolean;
      last_auto_assigned_at: Date | null;
    }[]
  >`
    SELECT m.staff_id, s.role::text AS role, s.active, s.available,
      s.totp_enabled_at IS NOT NULL AS enrolled, m.last_auto_assigned_at
    FROM team_membership m JOIN staff s ON s.id = m.staff_id
    WHERE m.team_id = ${input.teamId}::uuid`;
  const candidates: AutoAssignCandidate[] = rows.map((row) => ({
    staffId: row.staff_id,
    role: row.role,
    active: row.active,
    available: row.available,
    twoFactorEnrolled: row.enrolled,
    lastAutoAssignedAt: row.last_auto_assigned_at,
  }));
  const chosen = chooseAutoAssignee(candidates);
  if (!chosen) return null;
  const latest = candidates.reduce<Date | null>(
    (max, c) => (c.lastAutoAssignedAt && (!max || c.lastAutoAssignedAt > max) ? c.lastAutoAssignedAt : max),
    null,
  );
  await tx.teamMembership.update({
    where: { staffId_teamId: { staffId: chosen, teamId: input.teamId } },
    data: { lastAutoAssignedAt: nextAutoAssignmentStamp(input.now, latest) },
    select: { staffId: true },
  });
  return chosen;
}

export interface StaffAvailability {
  staffId: string;
  displayName: string;
  role: StaffRole;
  teams: TeamKey[];
  active: boolean;
  available: boolean;
  twoFactorEnrolled: boolean;
}

const availabilitySelect = {
  id: true,
  displayName: true,
  role: true,
  active: true,
  available: true,
  totpEnabledAt: true,
  memberships: { select: { team: { select: { key: true, position: true } } } },
} as const;

function toAvailability(row: {
  id: string;
  displayName: string;
  role: StaffRole;
  active: boolean;
  available: boolean;
  totpEnabledAt: Date | null;
  memberships: { team: { key: string; position: number } }[];
}): StaffAvailability {
  return {
    staffId: row.id,
    displayName: row.displayName,
    role: row.role,
    teams: row.memberships
      .map((m) => m.team)
      .sort((a, b) => a.position - b.position)
      .map((team) => team.key as TeamKey),
    active: row.active,
    available: row.available,
    twoFactorEnrolled: row.totpEnabledAt !== null,
  };
}

/** One member's availability and windows (also what a lead's permission is checked against). */
export async function findStaffAvailability(db: DbOrTx, staffId: string): Promise<StaffAvailability | null> {
  const row = await db.staff.findUnique({ where: { id: staffId }, select: availabilitySelect });
  return row ? toAvailability(row) : null;
}

/** The members of the given windows (every member when "all"), for a lead's roster. */
export async function listTeamAvailability(
  db: DbOrTx,
  teams: "all" | readonly string[],
): Promise<StaffAvailability[]> {
  const rows = await db.staff.findMany({
    where: teams === "all" ? {} : { memberships: { some: { team: { key: { in: [...teams] } } } } },
    select: availabilitySelect,
    orderBy: [{ role: "asc" }, { displayName: "asc" }],
  });
  return rows.map(toAvailability);
}

/** True when the flag changed. */
export async function setStaffAvailability(
  tx: DbOrTx,
  input: { staffId: string; available: boolean },
): Promise<boolean> {
  const { count } = await tx.staff.updateMany({
    where: { id: input.staffId, available: !input.available },
    data: { available: input.available },
  });
  return count === 1;
}
