import type { StaffRole } from "@madoguchi/core/access/permissions";
import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import type { DbOrTx } from "../mail/email-outbox-repository";

function owner(subject: AccountSubject): { customerId: string } | { staffId: string } {
  return subject.kind === "customer" ? { customerId: subject.id } : { staffId: subject.id };
}

export interface NewAuthSession {
  subject: AccountSubject;
  ip: string | null;
  userAgent: string | null;
  place: string;
  now: Date;
  expiresAt: Date;
}

export async function createAuthSession(db: DbOrTx, session: NewAuthSession): Promise<{ id: string }> {
  return db.authSession.create({
    data: {
      subjectKind: session.subject.kind,
      ...owner(session.subject),
      ip: session.ip,
      userAgent: session.userAgent?.slice(0, 512) ?? null,
      place: session.place,
      createdAt: session.now,
      lastSeenAt: session.now,
      expiresAt: session.expiresAt,
    },
    select: { id: true },
  });
}

/** A session row with what every request must check of its subject. */
export interface SessionForCheck {
  id: string;
  subject: AccountSubject;
  revokedAt: Date | null;
  expiresAt: Date;
  lastSeenAt: Date;
  subjectVersion: number;
  subjectActive: boolean;
  subjectFrozen: boolean;
  verified: boolean;
  name: string;
  /** Staff only. */
  role: StaffRole | null;
  twoFactorEnabled: boolean;
}

export async function findSessionForCheck(db: DbOrTx, sessionId: string): Promise<SessionForCheck | null> {
  const row = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      customer: {
        select: {
          id: true,
          sessionVersion: true,
          frozenAt: true,
          emailVerifiedAt: true,
          fullName: true,
          totpEnabledAt: true,
        },
      },
      staff: {
        select: {
          id: true,
          sessionVersion: true,
          active: true,
          role: true,
          displayName: true,
          totpEnabledAt: true,
        },
      },
    },
  });
  if (!row) return null;
  const base = { id: row.id, revokedAt: row.revokedAt, expiresAt: row.expiresAt, lastSeenAt: row.lastSeenAt };
  if (row.customer) {
    return {
      ...base,
      subject: { kind: "customer", id: row.customer.id },
      subjectVersion: row.customer.sessionVersion,
      subjectActive: true,
      subjectFrozen: row.customer.frozenAt !== null,
      verified: row.customer.emailVerifiedAt !== null,
      name: row.customer.fullName,
      role: null,
      twoFactorEnabled: row.customer.totpEnabledAt !== null,
    };
  }
  if (row.staff) {
    return {
      ...base,
      subject: { kind: "staff", id: row.staff.id },
      subjectVersion: row.staff.sessionVersion,
      subjectActive: row.staff.active,
      subjectFrozen: false,
      verified: true,
      name: row.staff.displayName,
      role: row.staff.role,
      twoFactorEnabled: row.staff.totpEnabledAt !== null,
    };
  }
  return null;
}

/** Conditional, so that concurrent requests write lastSeenAt once. */
export async function touchSession(
  db: DbOrTx,
  sessionId: string,
  input: { now: Date; notSince: Date },
): Promise<void> {
  await db.authSession.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: input.notSince } },
    data: { lastSeenAt: input.now },
  });
}

export interface SessionListItem {
  id: string;
  ip: string | null;
  userAgent: string | null;
  place: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** The subject's signed-in devices, most recently used first. */
export async function listLiveSessions(
  db: DbOrTx,
  subject: AccountSubject,
  now: Date,
): Promise<SessionListItem[]> {
  return db.authSession.findMany({
    where: { ...owner(subject), revokedAt: null, expiresAt: { gt: now } },
    select: {
      id: true,
      ip: true,
      userAgent: true,
      place: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
    },
    orderBy: { lastSeenAt: "desc" },
  });
}

/** Ends one of the subject's own sessions; false if it is not theirs or already ended. */
export async function revokeSession(
  db: DbOrTx,
  subject: AccountSubject,
  input: { sessionId: string; now: Date },
): Promise<boolean> {
  const { count } = await db.authSession.updateMany({
    where: { id: input.sessionId, ...owner(subject), revokedAt: null },
    data: { revokedAt: input.now },
  });
  return count === 1;
}

/** Ends every live session of the subject, but `exceptId` (the device asking) when given. */
export async function revokeSessions(
  db: DbOrTx,
  subject: AccountSubject,
  input: { now: Date; exceptId?: string | null },
): Promise<number> {
  const { count } = await db.authSession.updateMany({
    where: {
      ...owner(subject),
      revokedAt: null,
      ...(input.exceptId ? { id: { not: input.exceptId } } : {}),
    },
    data: { revokedAt: input.now },
  });
  return count;
}

/** Invalidates every token ever issued to the subject, whatever rows exist. */
export async function bumpSessionVersion(db: DbOrTx, subject: AccountSubject): Promise<void> {
  const data = { sessionVersion: { increment: 1 } };
  if (subject.kind === "customer") {
    await db.customer.update({ where: { id: subject.id }, data, select: { id: true } });
  } else {
    await db.staff.update({ where: { id: subject.id }, data, select: { id: true } });
  }
}
