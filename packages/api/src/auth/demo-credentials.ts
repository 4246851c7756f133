import { seedCustomers, seedStaff } from "@madoguchi/db/seed/content/demo-people";
import type { Db } from "@madoguchi/db/client/create-client";
import { authEnv } from "./env";
import { hashPassword } from "./password-hashing";

/** The password of every demo account in development and in the browser suite. */
export const demoPassword = "madoguchi-demo-2026";

/**
 * Gives the demo exchange's customers and staff a known password, so that `npm run dev` and the
 * browser suite can sign in. Only accounts of the demo data that have no password yet; staff
 * still enroll two-factor at their first sign-in. Refused in production.
 */
export async function provisionDemoPasswords(db: Db): Promise<number> {
  if (authEnv().production) throw new Error("demo passwords are for development only");
  const passwordHash = await hashPassword(demoPassword);
  const customers = await db.customer.updateMany({
    where: { email: { in: seedCustomers.map((c) => c.email) }, passwordHash: null },
    data: { passwordHash },
  });
  const staff = await db.staff.updateMany({
    where: { email: { in: seedStaff.map((s) => s.email) }, passwordHash: null },
    data: { passwordHash },
  });
  return customers.count + staff.count;
}
