import type { StaffRole } from "@madoguchi/core/access/permissions";
import type { Locale } from "@madoguchi/core/locale/locale";
import type { DbOrTx } from "../mail/email-outbox-repository";
import { staffIdByEmail } from "./email-lookup";

export interface NewStaff {
  email: string;
  displayName: string;
  role: StaffRole;
  locale: Locale;
  teamKeys: readonly string[];
}

/**
 * An invited staff member: no password until they open the invitation, no two-factor until
 * their first sign-in. Null when the address is taken; unknown team keys are refused.
 */
export async function createInvitedStaff(db: DbOrTx, staff: NewStaff): Promise<{ id: string } | null> {
  if ((await staffIdByEmail(db, staff.email)) !== null) return null;
  const teams = await db.team.findMany({ where: { key: { in: [...staff.teamKeys] } }, select: { id: true } });
  if (teams.length !== new Set(staff.teamKeys).size) throw new Error("unknown team key");
  return db.staff.create({
    data: {
      email: staff.email,
      displayName: staff.displayName,
      role: staff.role,
      locale: staff.locale,
      memberships: { create: teams.map((team) => ({ teamId: team.id })) },
    },
    select: { id: true },
  });
}

export interface StaffAccountSummary {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  active: boolean;
  /** Has set a password (accepted the invitation). */
  passwordSet: boolean;
  twoFactorEnabled: boolean;
  lockedUntil: Date | null;
  teams: string[];
  createdAt: Date;
}

const summarySelect = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  active: true,
  passwordHash: true,
  totpEnabledAt: true,
  lockedUntil: true,
  createdAt: true,
  memberships: { select: { team: { select: { key: true, position: true } } } },
} as const;

type SummaryRow = {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  active: boolean;
  passwordHash: string | null;
  totpEnabledAt: Date | null;
  lockedUntil: Date | null;
  createdAt: Date;
  memberships: { team: { key: string; position: number } }[];
};

function toSummary(row: SummaryRow): StaffAccountSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    active: row.active,
    // The hash is read to answer "has one", and goes no further.
    passwordSet: row.passwordHash !== null,
    twoFactorEnabled: row.totpEnabledAt !== null,
    lockedUntil: row.lockedUntil,
    teams: row.memberships
      .map((m) => m.team)
      .sort((a, b) => a.position - b.position)
      .map((team) => team.key),
    createdAt: row.createdAt,
  };
}

export async function listStaffAccounts(db: DbOrTx): Promise<StaffAccountSummary[]> {
  const rows = await db.staff.findMany({
    select: summarySelect,
    orderBy: [{ active: "desc" }, { email: "asc" }],
  });
  return rows.map(toSummary);
}

export async function findStaffAccount(db: DbOrTx, staffId: string): Promise<StaffAccountSummary | null> {
  const row = await db.staff.findUnique({ where: { id: staffId }, select: summarySelect });
  return row ? toSummary(row) : null;
}

/**
 * Deactivating bumps the session version, so every session of the member ends at its next
 * request; reactivating does not bring old sessions back.
 */
export async function setStaffActive(db: DbOrTx, staffId: string, active: boolean): Promise<boolean> {
  const { count } = await db.staff.updateMany({
    where: { id: staffId, active: !active },
    data: active ? { active } : { active, sessionVersion: { increment: 1 } },
  });
  return count === 1;
}
