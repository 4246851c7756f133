import { type Db, db as processDb } from "@madoguchi/db/client/create-client";
import { peekRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import { revokeSession } from "@madoguchi/db/session/auth-session-repository";
import { auditAccount } from "./account-audit";
import { authEnv, type AuthApp } from "./env";
import { requestMeta } from "./request-meta";
import { signInErrors, signInProviderId } from "./sign-in-errors";
import { signInThrottleRule } from "./sign-in";
import { audienceOf, readSession, type SessionDeps } from "./session-source";

type RouteHandler<R extends Request, C> = (request: R, context: C) => Promise<Response>;

function tooManyRequests(app: AuthApp, retryAfterSeconds: number): Response {
  // The body is what next-auth/react's signIn() parses: it reports `error: "RateLimited"`.
  const url = `${authEnv().baseUrls[app]}/api/auth/error?error=${signInErrors.rateLimited}`;
  return Response.json(
    { url },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}

async function isRateLimitedAnswer(response: Response): Promise<boolean> {
  const location = response.headers.get("location");
  if (location) return location.includes(`error=${signInErrors.rateLimited}`);
  if (!response.headers.get("content-type")?.includes("application/json")) return false;
  try {
    const body: unknown = await response.clone().json();
    return (
      typeof body === "object" &&
      body !== null &&
      "url" in body &&
      typeof body.url === "string" &&
      body.url.includes(`error=${signInErrors.rateLimited}`)
    );
  } catch {
    return false;
  }
}

/**
 * Wraps an app's next-auth route handler with what next-auth cannot do itself: a throttled
 * sign-in answers HTTP 429 with Retry-After (refused before any password hashing once the
 * window is full), and signing out ends the AuthSession row with the request's IP and user agent
 * in the audit log.
 */
export function withAccountGuards<R extends Request, C>(
  app: AuthApp,
  handler: RouteHandler<R, C>,
  deps: SessionDeps = {},
): RouteHandler<R, C> {
  const db = (): Db => (deps.db ?? processDb)();
  const now = () => (deps.now ? deps.now() : new Date());
  return async (request, context) => {
    if (request.method !== "POST") return handler(request, context);
    const path = new URL(request.url).pathname;
    const meta = requestMeta(request.headers);

    if (path.endsWith(`/callback/${signInProviderId[app]}`)) {
      const rule = signInThrottleRule(audienceOf[app], meta.ip);
      const before = await peekRateLimit(db(), rule, now());
      if (!before.allowed) return tooManyRequests(app, before.retryAfterSeconds);
      const response = await handler(request, context);
      if (!(await isRateLimitedAnswer(response))) return response;
      return tooManyRequests(app, (await peekRateLimit(db(), rule, now())).retryAfterSeconds);
    }

    if (path.endsWith("/signout")) {
      const session = await readSession(app, request.headers, deps);
      if (session?.sessionId) {
        const subject =
          session.kind === "customer"
            ? { kind: "customer" as const, id: session.customerId }
            : { kind: "staff" as const, id: session.staffId };
        const at = now();
        if (await revokeSession(db(), subject, { sessionId: session.sessionId, now: at })) {
          await auditAccount(
            db(),
            { ...meta, now: at },
            {
              action: "auth.signout",
              object: subject,
              actor: subject,
              data: { sessionId: session.sessionId },
            },
          );
        }
      }
    }
    return handler(request, context);
  };
}
