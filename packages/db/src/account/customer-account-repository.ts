import type { Locale } from "@madoguchi/core/locale/locale";
import { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";
import { customerIdByEmail } from "./email-lookup";

/** A write refused by a unique index (a race the prior read could not see). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * The plan a new sign-up gets: `standard` when the exchange has one, otherwise the plan without
 * phone support that was created first.
 */
export async function findSignUpPlanId(db: DbOrTx): Promise<string | null> {
  const standard = await db.plan.findUnique({ where: { code: "standard" }, select: { id: true } });
  if (standard) return standard.id;
  const fallback = await db.plan.findFirst({
    orderBy: [{ phoneSupport: "asc" }, { code: "asc" }],
    select: { id: true },
  });
  return fallback?.id ?? null;
}

export interface NewCustomer {
  email: string;
  passwordHash: string;
  fullName: string;
  dateOfBirth: string | null;
  locale: Locale;
  planId: string;
}

/**
 * Null when the address is taken. ON CONFLICT DO NOTHING rather than a caught unique violation:
 * inside a transaction an error would abort the whole transaction.
 */
export async function createCustomer(db: DbOrTx, customer: NewCustomer): Promise<{ id: string } | null> {
  const rows = await db.customer.createManyAndReturn({
    data: [
      {
        email: customer.email,
        passwordHash: customer.passwordHash,
        fullName: customer.fullName,
        dateOfBirth: customer.dateOfBirth ? new Date(`${customer.dateOfBirth}T00:00:00Z`) : null,
        locale: customer.locale,
        planId: customer.planId,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  return rows[0] ?? null;
}

/** The account behind an address, for flows that start from one (reset, freeze, sign-up). */
export async function findCustomerByEmail(
  db: DbOrTx,
  email: string,
): Promise<{
  id: string;
  email: string;
  fullName: string;
  locale: Locale;
  frozen: boolean;
  verified: boolean;
} | null> {
  const select = {
    id: true,
    email: true,
    fullName: true,
    locale: true,
    frozenAt: true,
    emailVerifiedAt: true,
  };
  // In whatever case it is typed (see customerIdByEmail).
  const id = await customerIdByEmail(db, email);
  const row = id && (await db.customer.findUnique({ where: { id }, select }));
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    fullName: row.fullName,
    locale: row.locale,
    frozen: row.frozenAt !== null,
    verified: row.emailVerifiedAt !== null,
  };
}

/** Whether the customer confirmed their address; null when there is no such customer. */
export async function isCustomerVerified(db: DbOrTx, customerId: string): Promise<boolean | null> {
  const row = await db.customer.findUnique({ where: { id: customerId }, select: { emailVerifiedAt: true } });
  return row ? row.emailVerifiedAt !== null : null;
}

/** True when this call verified the address (false if it already was). */
export async function markEmailVerified(db: DbOrTx, customerId: string, now: Date): Promise<boolean> {
  const { count } = await db.customer.updateMany({
    where: { id: customerId, emailVerifiedAt: null },
    data: { emailVerifiedAt: now },
  });
  return count === 1;
}

export async function updateCustomerProfile(
  db: DbOrTx,
  customerId: string,
  profile: { fullName: string; dateOfBirth: string | null; locale?: Locale },
): Promise<void> {
  await db.customer.update({
    where: { id: customerId },
    data: {
      fullName: profile.fullName,
      dateOfBirth: profile.dateOfBirth ? new Date(`${profile.dateOfBirth}T00:00:00Z`) : null,
      ...(profile.locale ? { locale: profile.locale } : {}),
    },
    select: { id: true },
  });
}

/**
 * Moves the account to a confirmed new address; false when another account holds it. (Two
 * confirmations racing for one address end in a unique violation: see `isUniqueViolation`.)
 */
export async function changeCustomerEmail(
  db: DbOrTx,
  customerId: string,
  input: { email: string; now: Date },
): Promise<boolean> {
  const holder = await customerIdByEmail(db, input.email);
  if (holder !== null && holder !== customerId) return false;
  await db.customer.update({
    where: { id: customerId },
    data: { email: input.email, emailVerifiedAt: input.now },
    select: { id: true },
  });
  return true;
}

/** Freezes and ends every session at once (the version bump); false if it was frozen already. */
export async function freezeCustomer(db: DbOrTx, customerId: string, now: Date): Promise<boolean> {
  const { count } = await db.customer.updateMany({
    where: { id: customerId, frozenAt: null },
    data: { frozenAt: now, sessionVersion: { increment: 1 } },
  });
  return count === 1;
}

/** False if the account was not frozen. */
export async function unfreezeCustomer(db: DbOrTx, customerId: string): Promise<boolean> {
  const { count } = await db.customer.updateMany({
    where: { id: customerId, frozenAt: { not: null } },
    data: { frozenAt: null, failedSignIns: 0, lockedUntil: null },
  });
  return count === 1;
}

/** What support staff may see of an account's security state: flags, no secrets, no PII. */
export interface CustomerAccountState {
  id: string;
  verified: boolean;
  frozenAt: Date | null;
  lockedUntil: Date | null;
  failedSignIns: number;
  twoFactorEnabled: boolean;
}

export async function findCustomerAccountState(
  db: DbOrTx,
  customerId: string,
): Promise<CustomerAccountState | null> {
  const row = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      id: true,
      emailVerifiedAt: true,
      frozenAt: true,
      lockedUntil: true,
      failedSignIns: true,
      totpEnabledAt: true,
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    verified: row.emailVerifiedAt !== null,
    frozenAt: row.frozenAt,
    lockedUntil: row.lockedUntil,
    failedSignIns: row.failedSignIns,
    twoFactorEnabled: row.totpEnabledAt !== null,
  };
}

/** The signed-in customer's own account page. */
export interface AccountProfile {
  id: string;
  email: string;
  fullName: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth: string | null;
  locale: Locale;
  plan: { code: string; nameJa: string; nameEn: string; phoneSupport: boolean };
  verified: boolean;
  frozen: boolean;
  twoFactorEnabled: boolean;
}

export async function findAccountProfile(db: DbOrTx, customerId: string): Promise<AccountProfile | null> {
  const row = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      id: true,
      email: true,
      fullName: true,
      dateOfBirth: true,
      locale: true,
      emailVerifiedAt: true,
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
    dateOfBirth: row.dateOfBirth ? row.dateOfBirth.toISOString().slice(0, 10) : null,
    locale: row.locale,
    plan: row.plan,
    verified: row.emailVerifiedAt !== null,
    frozen: row.frozenAt !== null,
    twoFactorEnabled: row.totpEnabledAt !== null,
  };
}
