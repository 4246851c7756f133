import NextAuth from "next-auth";
import { authOptionsFor } from "../auth-options";
import { withAccountGuards } from "../auth-route";
import type { AuthApp } from "../env";
import { parseCookieHeader } from "../session-cookie";
import { signInProviderId } from "../sign-in-errors";
import type { SessionDeps } from "../session-source";

/**
 * next-auth driven the way an app's `/api/auth/[...nextauth]` route drives it (same options,
 * same guards, the same JSON answers next-auth/react expects), without a Next.js server, plus a
 * cookie jar: a browser in miniature for the integration tests.
 */
export function nextAuthBrowser(app: AuthApp, deps: SessionDeps & { ip: string; userAgent?: string }) {
  const options = authOptionsFor(app, deps);
  const base = app === "web" ? "http://localhost:3000" : "http://localhost:3001";
  const jar = new Map<string, string>();

  // next-auth's pages-router entry (NextAuth(options)(req, res)) runs without a Next.js server;
  // its logic is the app-router one, and its answers are turned into a fetch Response here.
  const nextAuth = NextAuth(options) as (req: unknown, res: unknown) => Promise<unknown>;
  const route = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const body =
      request.method === "POST" ? Object.fromEntries(new URLSearchParams(await request.text())) : undefined;
    let status = 200;
    let payload: string | null = null;
    const headers = new Headers();
    const res = {
      status(code: number) {
        status = code;
        return res;
      },
      setHeader(name: string, value: string | string[]) {
        headers.delete(name);
        for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
        return res;
      },
      getHeader(name: string) {
        return name.toLowerCase() === "set-cookie"
          ? headers.getSetCookie()
          : (headers.get(name) ?? undefined);
      },
      json(value: unknown) {
        headers.set("content-type", "application/json");
        payload = JSON.stringify(value);
      },
      send(value: unknown) {
        if (typeof value === "string") payload = value;
        else {
          headers.set("content-type", "application/json");
          payload = JSON.stringify(value ?? null);
        }
      },
      end() {},
    };
    await nextAuth(
      {
        method: request.method,
        query: { ...Object.fromEntries(url.searchParams), nextauth: url.pathname.split("/").slice(3) },
        body,
        cookies: Object.fromEntries(parseCookieHeader(request.headers.get("cookie"))),
        headers: Object.fromEntries(request.headers),
      },
      res,
    );
    return new Response(payload, { status, headers });
  };
  const handler = withAccountGuards(app, (request: Request, _context: unknown) => route(request), deps);

  const cookieHeader = () =>
    [...jar].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; ");
  const headers = (extra: Record<string, string> = {}) => ({
    "x-forwarded-for": deps.ip,
    "user-agent":
      deps.userAgent ?? "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Version/17.4 Safari/605.1.15",
    cookie: cookieHeader(),
    host: new URL(base).host,
    ...extra,
  });
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      const expired = attributes.some((a) => /max-age=0/i.test(a) || /expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  const call = async (method: "GET" | "POST", path: string, form?: Record<string, string>) =>
    keep(
      await handler(
        new Request(`${base}/api/auth/${path}`, {
          method,
          headers: form ? headers({ "content-type": "application/x-www-form-urlencoded" }) : headers(),
          ...(form ? { body: new URLSearchParams(form).toString() } : {}),
        }),
        undefined,
      ),
    );
  const csrfToken = async () =>
    ((await (await call("GET", "csrf")).json()) as { csrfToken: string }).csrfToken;

  return {
    jar,
    /** `signIn(provider, { ...credentials, redirect: false })` of next-auth/react, as HTTP. */
    async signIn(
      credentials: Record<string, string>,
    ): Promise<{ status: number; error: string | null; response: Response }> {
      const response = await call("POST", `callback/${signInProviderId[app]}`, {
        ...credentials,
        csrfToken: await csrfToken(),
        callbackUrl: `${base}/`,
        json: "true",
      });
      const { url } = (await response.clone().json()) as { url: string };
      return { status: response.status, error: new URL(url).searchParams.get("error"), response };
    },
    /** `useSession()`'s request. */
    async session(): Promise<Record<string, unknown>> {
      return (await (await call("GET", "session")).json()) as Record<string, unknown>;
    },
    async signOut(): Promise<Response> {
      return call("POST", "signout", { csrfToken: await csrfToken(), callbackUrl: `${base}/`, json: "true" });
    },
    /** A request to the app (e.g. /api/trpc) carrying the jar's cookies. */
    request(path = "/api/trpc/health.check"): Request {
      return new Request(`${base}${path}`, { headers: headers() });
    },
  };
}
