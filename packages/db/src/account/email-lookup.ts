import type { DbOrTx } from "../mail/email-outbox-repository";

/**
 * The account an address belongs to, in whatever case it is typed (phones capitalize `Hanako@`):
 * `lower(email)` is uniquely indexed (migration email_any_case_unique), so there is at most one,
 * found through that index. Prisma's `mode: "insensitive"` would compare with ILIKE, which no
 * index serves: a scan of every account for each unknown address a sign-in attempt names.
 */
export async function customerIdByEmail(db: DbOrTx, email: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM customer WHERE lower(email) = lower(${email})`;
  return rows[0]?.id ?? null;
}

/** The staff member an address belongs to, in whatever case it is typed (see customerIdByEmail). */
export async function staffIdByEmail(db: DbOrTx, email: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM staff WHERE lower(email) = lower(${email})`;
  return rows[0]?.id ?? null;
}
