import type { StaffRole } from "@madoguchi/core/access/permissions";
import type { AccountKind, AccountSubject } from "@madoguchi/core/account/account-subject";
import type { Locale } from "@madoguchi/core/locale/locale";
import type { DbOrTx } from "../mail/email-outbox-repository";
import { customerIdByEmail, staffIdByEmail } from "./email-lookup";

/**
 * An account as the sign-in and re-authentication code sees it, secrets included. This file and
 * the two-factor repository are the only places that select a password hash or a TOTP secret.
 */
export interface CredentialRecord {
  subject: AccountSubject;
  email: string;
  name: string;
  locale: Locale;
  passwordHash: string | null;
  /** Sealed (encrypted) by the API; never leaves the auth code. */
  totpSecret: string | null;
  totpEnabled: boolean;
  frozen: boolean;
  active: boolean;
  lockedUntil: Date | null;
  failedSignIns: number;
  sessionVersion: number;
  verified: boolean;
  role: StaffRole | null;
}

const customerSelect = {
  id: true,
  email: true,
  fullName: true,
  locale: true,
  passwordHash: true,
  totpSecret: true,
  totpEnabledAt: true,
  frozenAt: true,
  lockedUntil: true,
  failedSignIns: true,
  sessionVersion: true,
  emailVerifiedAt: true,
} as const;

const staffSelect = {
  id: true,
  email: true,
  displayName: true,
  locale: true,
  passwordHash: true,
  totpSecret: true,
  totpEnabledAt: true,
  active: true,
  lockedUntil: true,
  failedSignIns: true,
  sessionVersion: true,
  role: true,
} as const;

type CustomerRow = {
  id: string;
  email: string;
  fullName: string;
  locale: Locale;
  passwordHash: string | null;
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  frozenAt: Date | null;
  lockedUntil: Date | null;
  failedSignIns: number;
  sessionVersion: number;
  emailVerifiedAt: Date | null;
};

type StaffRow = {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  passwordHash: string | null;
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  active: boolean;
  lockedUntil: Date | null;
  failedSignIns: number;
  sessionVersion: number;
  role: StaffRole;
};

function fromCustomer(row: CustomerRow): CredentialRecord {
  return {
    subject: { kind: "customer", id: row.id },
    email: row.email,
    name: row.fullName,
    locale: row.locale,
    passwordHash: row.passwordHash,
    totpSecret: row.totpSecret,
    totpEnabled: row.totpEnabledAt !== null && row.totpSecret !== null,
    frozen: row.frozenAt !== null,
    active: true,
    lockedUntil: row.lockedUntil,
    failedSignIns: row.failedSignIns,
    sessionVersion: row.sessionVersion,
    verified: row.emailVerifiedAt !== null,
    role: null,
  };
}

function fromStaff(row: StaffRow): CredentialRecord {
  return {
    subject: { kind: "staff", id: row.id },
    email: row.email,
    name: row.displayName,
    locale: row.locale,
    passwordHash: row.passwordHash,
    totpSecret: row.totpSecret,
    totpEnabled: row.totpEnabledAt !== null && row.totpSecret !== null,
    frozen: false,
    active: row.active,
    lockedUntil: row.lockedUntil,
    failedSignIns: row.failedSignIns,
    sessionVersion: row.sessionVersion,
    verified: true,
    role: row.role,
  };
}

/** By canonical email, for sign-in. */
export async function findCredentialsByEmail(
  db: DbOrTx,
  kind: AccountKind,
  email: string,
): Promise<CredentialRecord | null> {
  // The canonical form keeps the local part's case (RFC 5321), but people type `Hanako@` for
  // `hanako@` (phones capitalize): one account per address in any case, found by its index.
  if (kind === "customer") {
    const id = await customerIdByEmail(db, email);
    const row = id && (await db.customer.findUnique({ where: { id }, select: customerSelect }));
    return row ? fromCustomer(row) : null;
  }
  const id = await staffIdByEmail(db, email);
  const row = id && (await db.staff.findUnique({ where: { id }, select: staffSelect }));
  return row ? fromStaff(row) : null;
}

/** By id, for re-authentication of a signed-in subject. */
export async function findCredentials(db: DbOrTx, subject: AccountSubject): Promise<CredentialRecord | null> {
  if (subject.kind === "customer") {
    const row = await db.customer.findUnique({ where: { id: subject.id }, select: customerSelect });
    return row ? fromCustomer(row) : null;
  }
  const row = await db.staff.findUnique({ where: { id: subject.id }, select: staffSelect });
  return row ? fromStaff(row) : null;
}

export async function setPasswordHash(
  db: DbOrTx,
  subject: AccountSubject,
  passwordHash: string,
): Promise<void> {
  if (subject.kind === "customer") {
    await db.customer.update({ where: { id: subject.id }, data: { passwordHash }, select: { id: true } });
  } else {
    await db.staff.update({ where: { id: subject.id }, data: { passwordHash }, select: { id: true } });
  }
}

/** Who to write to about an account: address, name and language, nothing else. */
export interface AccountContact {
  email: string;
  name: string;
  locale: Locale;
}

export async function findAccountContact(
  db: DbOrTx,
  subject: AccountSubject,
): Promise<AccountContact | null> {
  if (subject.kind === "customer") {
    const row = await db.customer.findUnique({
      where: { id: subject.id },
      select: { email: true, fullName: true, locale: true },
    });
    return row ? { email: row.email, name: row.fullName, locale: row.locale } : null;
  }
  const row = await db.staff.findUnique({
    where: { id: subject.id },
    select: { email: true, displayName: true, locale: true },
  });
  return row ? { email: row.email, name: row.displayName, locale: row.locale } : null;
}
