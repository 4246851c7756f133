import { RateLimitedError } from "@madoguchi/core/errors/domain-error";
import { db } from "@madoguchi/db/client/create-client";
import type { AnyTRPCRouter } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "../context/context";
import type { SessionSource } from "../context/session";

export interface TrpcHandlerOptions {
  router: AnyTRPCRouter;
  endpoint: string;
  sessionSource: SessionSource;
}

/**
 * The route handler of an app's /api/trpc. Mutations must come from the app's own origin
 * (CSRF): a browser always sends Origin on a cross-site POST, so a foreign or missing Origin
 * on a POST is refused before any procedure runs.
 */
export function createTrpcHandler(options: TrpcHandlerOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== "GET" && !isSameOrigin(request)) {
      return Response.json({ error: "cross-origin request refused" }, { status: 403 });
    }
    const session = await options.sessionSource(request);
    return fetchRequestHandler({
      endpoint: options.endpoint,
      req: request,
      router: options.router,
      createContext: () => createContext({ db: db(), session, headers: request.headers }),
      responseMeta: ({ errors }) => {
        // A throttled call says when to come back (HTTP 429 + Retry-After).
        const limited = errors.map((error) => error.cause).find((cause) => cause instanceof RateLimitedError);
        return limited ? { headers: new Headers({ "Retry-After": String(limited.retryAfterSeconds) }) } : {};
      },
    });
  };
}

/** A browser sends Origin on every cross-site POST: only our own may change anything (CSRF). */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
