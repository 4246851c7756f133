import type { StaffRole } from "@madoguchi/core/access/permissions";
import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import { base32Decode, hotp, totpStep } from "@madoguchi/core/account/totp";
import type { EmailTemplate } from "@madoguchi/core/mail/email-message";
import type { Db } from "@madoguchi/db/client/create-client";
import { createContext } from "../../context/context";
import type { Session } from "../../context/session";
import { adminRouter } from "../../root/admin-router";
import { webRouter } from "../../root/web-router";
import { createCallerFactory } from "../../trpc/init";
import { hashPassword } from "../password-hashing";
import { hmacSha1 } from "../totp";

/**
 * Accounts, callers and outbox readers for the integration tests of the account flows (and for
 * browser specs that need a customer or staff member with a known password).
 */

export interface TestClock {
  now: () => Date;
  set(at: Date): void;
  advance(ms: number): void;
}

export function testClock(start = new Date()): TestClock {
  let current = start;
  return {
    now: () => current,
    set: (at) => (current = at),
    advance: (ms) => (current = new Date(current.getTime() + ms)),
  };
}

let ipCounter = 0;

/** A fresh client address per call, so that per-IP throttles of one test do not touch another. */
export function freshIp(): string {
  ipCounter += 1;
  return `2001:db8::${ipCounter.toString(16)}`;
}

export function requestHeaders(input: { ip?: string; userAgent?: string } = {}): Headers {
  const headers = new Headers();
  headers.set("x-forwarded-for", input.ip ?? freshIp());
  headers.set(
    "user-agent",
    input.userAgent ??
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
  );
  return headers;
}

const webCallers = createCallerFactory(webRouter);
const adminCallers = createCallerFactory(adminRouter);

export function webCallerFor(
  db: Db,
  input: { session?: Session | null; clock?: TestClock; headers?: Headers } = {},
) {
  return webCallers(
    createContext({
      db,
      session: input.session ?? null,
      headers: input.headers ?? requestHeaders(),
      ...(input.clock ? { now: input.clock.now } : {}),
    }),
  );
}

export function adminCallerFor(
  db: Db,
  input: { session?: Session | null; clock?: TestClock; headers?: Headers } = {},
) {
  return adminCallers(
    createContext({
      db,
      session: input.session ?? null,
      headers: input.headers ?? requestHeaders(),
      ...(input.clock ? { now: input.clock.now } : {}),
    }),
  );
}

let sequence = 0;

/** A unique address per call: tests share a database file-wide. */
export function uniqueEmail(prefix: string): string {
  sequence += 1;
  return `${prefix}.${Date.now().toString(36)}${sequence}@example.jp`;
}

/** A customer who can sign in with `password` (verified unless said otherwise). */
export async function createCustomer(
  db: Db,
  input: {
    email?: string;
    password?: string;
    fullName?: string;
    locale?: "ja" | "en";
    verified?: boolean;
  } = {},
): Promise<{ id: string; email: string; password: string; subject: AccountSubject }> {
  const email = input.email ?? uniqueEmail("customer");
  const password = input.password ?? "kamome-no-suihei-sen-2026";
  const plan = await db.plan.findFirstOrThrow({ select: { id: true }, orderBy: { code: "asc" } });
  const row = await db.customer.create({
    data: {
      email,
      passwordHash: await hashPassword(password),
      fullName: input.fullName ?? "山田 花子",
      locale: input.locale ?? "ja",
      planId: plan.id,
      emailVerifiedAt: input.verified === false ? null : new Date("2026-01-01T00:00:00Z"),
    },
    select: { id: true },
  });
  return { id: row.id, email, password, subject: { kind: "customer", id: row.id } };
}

/** A staff member with a password and no two-factor yet (their first sign-in must enroll). */
export async function createStaff(
  db: Db,
  input: { email?: string; password?: string; role?: StaffRole; displayName?: string } = {},
): Promise<{ id: string; email: string; password: string; subject: AccountSubject }> {
  const email = input.email ?? uniqueEmail("staff");
  const password = input.password ?? "madoguchi-console-passphrase";
  const row = await db.staff.create({
    data: {
      email,
      displayName: input.displayName ?? "担当 太郎",
      role: input.role ?? "agent",
      passwordHash: await hashPassword(password),
    },
    select: { id: true },
  });
  return { id: row.id, email, password, subject: { kind: "staff", id: row.id } };
}

/** The code an authenticator app shows for `secret` (base32, spaces allowed) at `at`. */
export function totpCodeAt(secret: string, at: Date, stepOffset = 0): string {
  const key = base32Decode(secret);
  if (!key) throw new Error("not a base32 secret");
  return hotp(key, totpStep(at) + stepOffset, hmacSha1);
}

export interface OutboxEmail {
  id: string;
  to: string;
  template: string;
  locale: string;
  data: Record<string, unknown>;
}

/** Every queued email of a template to an address, oldest first. */
export async function outbox(
  db: Db,
  filter: { to?: string; template?: EmailTemplate } = {},
): Promise<OutboxEmail[]> {
  const rows = await db.emailOutbox.findMany({
    where: {
      ...(filter.to ? { to: filter.to } : {}),
      ...(filter.template ? { template: filter.template } : {}),
    },
    select: { id: true, to: true, template: true, locale: true, data: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ ...row, data: (row.data ?? {}) as Record<string, unknown> }));
}

/** The token of the link in the newest email of a template to an address. */
export async function tokenFromEmail(
  db: Db,
  to: string,
  template: EmailTemplate,
  field = "url",
): Promise<string> {
  const emails = await outbox(db, { to, template });
  const url = emails.at(-1)?.data[field];
  if (typeof url !== "string") throw new Error(`no ${template} email with a ${field} to ${to}`);
  const token = new URL(url).searchParams.get("token");
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

/** Audit actions recorded about an account, oldest first. */
export async function auditActions(db: Db, objectId: string): Promise<string[]> {
  const rows = await db.auditLog.findMany({
    where: { objectId },
    select: { action: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.action);
}
