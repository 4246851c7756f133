import type { StaffRole } from "@madoguchi/core/access/permissions";
import type { Locale } from "@madoguchi/core/locale/locale";
import type { Db } from "../client/create-client";

export interface StaffProfile {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  teams: { key: string; nameJa: string; nameEn: string }[];
}

export async function findStaffProfile(db: Db, staffId: string): Promise<StaffProfile | null> {
  const row = await db.staff.findFirst({
    where: { id: staffId, active: true },
    select: {
      id: true,
      email: true,
      displayName: true,
      role: true,
      memberships: {
        select: { team: { select: { key: true, nameJa: true, nameEn: true, position: true } } },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    teams: row.memberships
      .map((m) => m.team)
      .sort((a, b) => a.position - b.position)
      .map(({ key, nameJa, nameEn }) => ({ key, nameJa, nameEn })),
  };
}

/** A member's language: the console's and that of their emails. */
export async function setStaffLocale(
  db: Db,
  input: { staffId: string; locale: Locale },
): Promise<{ locale: Locale }> {
  await db.staff.updateMany({ where: { id: input.staffId, active: true }, data: { locale: input.locale } });
  return { locale: input.locale };
}
