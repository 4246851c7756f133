import type { Db } from "../client/create-client";

export interface CustomerProfile {
  id: string;
  email: string;
  fullName: string;
  locale: "ja" | "en";
  plan: { code: string; nameJa: string; nameEn: string; phoneSupport: boolean };
  frozen: boolean;
  twoFactorEnabled: boolean;
}

/** The signed-in customer's own profile; the id comes from the session, never from input. */
export async function findCustomerProfile(db: Db, customerId: string): Promise<CustomerProfile | null> {
  const row = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      id: true,
      email: true,
      fullName: true,
      locale: true,
      frozenAt: true,
      totpEnabledAt: true,
      plan: { select: { code: true, nameJa: true, nameEn: true, phoneSupport: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    fullName: row.fullName,
    locale: row.locale,
    plan: row.plan,
    frozen: row.frozenAt !== null,
    twoFactorEnabled: row.totpEnabledAt !== null,
  };
}
