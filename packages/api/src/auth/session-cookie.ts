import { authEnv, type AuthApp } from "./env";

/**
 * Cookie names per app. The two apps share a host in development (localhost:3000 and :3001 are
 * one cookie jar), so their names differ; over HTTPS the `__Host-` prefix pins the session and
 * CSRF cookies to the exact origin (Secure, Path=/, no Domain) and `__Secure-` marks the rest.
 */
export function authCookieNames(app: AuthApp, secure: boolean) {
  const host = secure ? "__Host-" : "";
  const secureOnly = secure ? "__Secure-" : "";
  return {
    sessionToken: `${host}madoguchi-${app}.session`,
    callbackUrl: `${secureOnly}madoguchi-${app}.callback-url`,
    csrfToken: `${host}madoguchi-${app}.csrf`,
    pkceCodeVerifier: `${secureOnly}madoguchi-${app}.pkce`,
    state: `${secureOnly}madoguchi-${app}.state`,
    nonce: `${secureOnly}madoguchi-${app}.nonce`,
  };
}

/** Secure cookies whenever the app is served over HTTPS, as every production deployment is. */
export function usesSecureCookies(app: AuthApp): boolean {
  return authEnv().baseUrls[app].startsWith("https://");
}

/** Cookies of a `Cookie` header, by name. */
export function parseCookieHeader(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

/** next-auth splits a large token over `name.0`, `name.1`, ...; this joins them back. */
export function readChunkedCookie(cookies: Map<string, string>, name: string): string | null {
  const whole = cookies.get(name);
  if (whole) return whole;
  const chunks: string[] = [];
  for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`) ?? "");
  return chunks.length > 0 ? chunks.join("") : null;
}
