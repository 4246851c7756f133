import type { AccountKind } from "@madoguchi/core/account/account-subject";
import { checkSession, lastSeenDue, lastSeenIntervalMs } from "@madoguchi/core/account/session-rules";
import { type Db, db as processDb } from "@madoguchi/db/client/create-client";
import { findSessionForCheck, touchSession } from "@madoguchi/db/session/auth-session-repository";
import { decode, type JWT } from "next-auth/jwt";
import type { Session, SessionSource } from "../context/session";
import { authEnv, type AuthApp } from "./env";
import { authCookieNames, parseCookieHeader, readChunkedCookie, usesSecureCookies } from "./session-cookie";

/** Who signs in to which app. */
export const audienceOf: Readonly<Record<AuthApp, AccountKind>> = { web: "customer", admin: "staff" };

/** What our next-auth token carries besides next-auth's own fields. */
export interface SessionClaims {
  /** The AuthSession row. */
  sid: string;
  /** The subject id (customer or staff). */
  sub: string;
  kind: AccountKind;
  /** The subject's session version when the token was issued. */
  ver: number;
}

export function readClaims(token: JWT | null): SessionClaims | null {
  if (!token) return null;
  const { sid, sub, kind, ver } = token;
  if (typeof sid !== "string" || typeof sub !== "string" || typeof ver !== "number") return null;
  if (kind !== "customer" && kind !== "staff") return null;
  return { sid, sub, kind, ver };
}

export interface ResolvedSession {
  session: Session;
  name: string;
  verified: boolean;
}

export interface SessionDeps {
  db?: () => Db;
  now?: () => Date;
}

/**
 * The check every request makes: the row exists and is neither revoked nor expired, belongs to
 * the token's subject, the subject is active and not frozen, and its session version is the one
 * the token was issued with. Touches lastSeenAt when a minute has passed.
 */
export async function resolveSession(
  db: Db,
  app: AuthApp,
  claims: SessionClaims,
  now: Date,
): Promise<ResolvedSession | null> {
  if (claims.kind !== audienceOf[app]) return null;
  const row = await findSessionForCheck(db, claims.sid);
  if (!row || row.subject.kind !== claims.kind || row.subject.id !== claims.sub) return null;
  if (checkSession(row, claims.ver, now) !== "live") return null;
  if (lastSeenDue(row.lastSeenAt, now)) {
    await touchSession(db, row.id, { now, notSince: new Date(now.getTime() - lastSeenIntervalMs) });
  }
  const session: Session =
    row.subject.kind === "customer"
      ? { kind: "customer", customerId: row.subject.id, sessionId: row.id }
      : row.twoFactorEnabled && row.role
        ? { kind: "staff", staffId: row.subject.id, role: row.role, sessionId: row.id }
        : { kind: "staff_enrollment", staffId: row.subject.id, sessionId: row.id };
  return { session, name: row.name, verified: row.verified };
}

/** The session of a request's cookies, or null: signed out, tampered, revoked or expired alike. */
export async function readSession(
  app: AuthApp,
  headers: Headers,
  deps: SessionDeps = {},
): Promise<Session | null> {
  const cookies = parseCookieHeader(headers.get("cookie"));
  const name = authCookieNames(app, usesSecureCookies(app)).sessionToken;
  const raw = readChunkedCookie(cookies, name);
  if (!raw) return null;
  let claims: SessionClaims | null;
  try {
    claims = readClaims(await decode({ token: raw, secret: authEnv().secrets[app] }));
  } catch {
    return null;
  }
  if (!claims) return null;
  const resolved = await resolveSession(
    (deps.db ?? processDb)(),
    app,
    claims,
    (deps.now ?? (() => new Date()))(),
  );
  return resolved?.session ?? null;
}

/**
 * The session source of an app's tRPC handler. It reads only the app's own cookie (never an
 * Authorization header), decrypted with the app's own secret.
 */
export function sessionSourceFor(app: AuthApp, deps: SessionDeps = {}): SessionSource {
  return (request) => readSession(app, request.headers, deps);
}
