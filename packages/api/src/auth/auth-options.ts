import { sessionLifetimeMs } from "@madoguchi/core/account/session-rules";
import { type Db, db as processDb } from "@madoguchi/db/client/create-client";
import { revokeSession } from "@madoguchi/db/session/auth-session-repository";
import type { AuthOptions, LoggerInstance, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { auditAccount } from "./account-audit";
import { authEnv, type AuthApp } from "./env";
import { requestMeta } from "./request-meta";
import { authCookieNames, usesSecureCookies } from "./session-cookie";
import { signIn } from "./sign-in";
import { signInErrors, signInProviderId } from "./sign-in-errors";
import { audienceOf, readClaims, resolveSession, type SessionDeps } from "./session-source";

/** The pages of each app that next-auth sends people to (built in the apps). */
export const authPages = { signIn: "/sign-in", error: "/sign-in" } as const;

/** What `useSession()` / `getSession()` of next-auth/react see in the browser. */
export interface PortalSession {
  expires: string;
  user: { name: string };
  kind: "customer" | "staff";
  /** Customers: the address is confirmed (required to file inquiries). */
  verified: boolean;
  /** Staff: two-factor must be enrolled before anything else works. */
  enrollmentRequired: boolean;
}

// A revoked session makes the jwt callback throw on purpose (next-auth then clears the cookie);
// that is routine, not an error worth a stack trace in the log.
const quietCodes = new Set(["JWT_SESSION_ERROR", "NEXTAUTH_URL"]);
const logger: LoggerInstance = {
  error: (code, metadata) => {
    if (!quietCodes.has(code)) console.error(`[next-auth] ${code}`, metadata);
  },
  warn: (code) => {
    if (!quietCodes.has(code)) console.warn(`[next-auth] ${code}`);
  },
  debug: () => {},
};

function credential(credentials: Record<string, string> | undefined, name: string): string {
  const value = credentials?.[name];
  return typeof value === "string" ? value : "";
}

/**
 * The next-auth options of one app: a credentials sign-in that calls our use case and creates an
 * AuthSession row, a JWT that carries only that row's id and the subject's version, and a check
 * of the row every time the session is read. Each app has its own secret and cookie names.
 */
export function authOptionsFor(app: AuthApp, deps: SessionDeps = {}): AuthOptions {
  const env = authEnv();
  const db = (): Db => (deps.db ?? processDb)();
  const now = () => (deps.now ? deps.now() : new Date());
  const kind = audienceOf[app];
  const maxAge = Math.floor(sessionLifetimeMs[kind] / 1000);
  const secure = usesSecureCookies(app);
  const names = authCookieNames(app, secure);
  const cookie = (name: string, httpOnly = true) => ({
    name,
    options: { httpOnly, sameSite: "lax" as const, path: "/", secure },
  });

  return {
    secret: env.secrets[app],
    useSecureCookies: secure,
    session: { strategy: "jwt", maxAge, updateAge: 60 * 60 },
    jwt: { maxAge },
    pages: authPages,
    logger,
    cookies: {
      sessionToken: cookie(names.sessionToken),
      // The client reads neither; next-auth's own defaults leave the callback URL readable.
      callbackUrl: cookie(names.callbackUrl),
      csrfToken: cookie(names.csrfToken),
      pkceCodeVerifier: cookie(names.pkceCodeVerifier),
      state: cookie(names.state),
      nonce: cookie(names.nonce),
    },
    providers: [
      CredentialsProvider({
        id: signInProviderId[app],
        name: app === "web" ? "Customer" : "Staff",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          totpCode: { label: "Code", type: "text" },
          recoveryCode: { label: "Recovery code", type: "text" },
        },
        async authorize(credentials, req) {
          const result = await signIn(
            { db: db(), now: now(), ...requestMeta(req.headers ?? {}) },
            {
              kind,
              email: credential(credentials, "email").slice(0, 512),
              password: credential(credentials, "password").slice(0, 1024),
              totpCode: credential(credentials, "totpCode").slice(0, 32) || null,
              recoveryCode: credential(credentials, "recoveryCode").slice(0, 64) || null,
            },
          );
          if (result.ok) {
            const user: User & { sid: string; ver: number; kind: string } = {
              id: result.subject.id,
              name: result.name,
              sid: result.sessionId,
              ver: result.sessionVersion,
              kind,
            };
            return user;
          }
          if (result.error === "invalid") return null;
          const code = {
            second_factor_required: signInErrors.secondFactorRequired,
            second_factor_invalid: signInErrors.secondFactorInvalid,
            rate_limited: signInErrors.rateLimited,
          }[result.error];
          throw new Error(code);
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user && "sid" in user && "ver" in user) {
          // A fresh token per sign-in; nothing of a previous token survives.
          return { sub: user.id, sid: user.sid, ver: user.ver, kind, name: user.name };
        }
        const claims = readClaims(token);
        const resolved = claims ? await resolveSession(db(), app, claims, now()) : null;
        if (!resolved) throw new Error("session ended");
        return {
          ...token,
          name: resolved.name,
          verified: resolved.verified,
          enrollmentRequired: resolved.session.kind === "staff_enrollment",
        };
      },
      async session({ session, token }) {
        const portal: PortalSession = {
          expires: session.expires,
          user: { name: typeof token.name === "string" ? token.name : "" },
          kind,
          verified: token.verified === true,
          enrollmentRequired: token.enrollmentRequired === true,
        };
        return portal;
      },
      async redirect({ url }) {
        // Only the app's own configured origin, whatever Host header the request carried.
        const base = env.baseUrls[app];
        if (url.startsWith("/") && !url.startsWith("//")) return `${base}${url}`;
        try {
          return new URL(url).origin === new URL(base).origin ? url : base;
        } catch {
          return base;
        }
      },
    },
    events: {
      async signOut({ token }) {
        const claims = readClaims(token);
        if (!claims) return;
        const subject = { kind: claims.kind, id: claims.sub };
        const at = now();
        if (await revokeSession(db(), subject, { sessionId: claims.sid, now: at })) {
          await auditAccount(
            db(),
            { ip: null, userAgent: null, now: at },
            {
              action: "auth.signout",
              object: subject,
              actor: subject,
              data: { sessionId: claims.sid },
            },
          );
        }
      },
    },
  };
}
