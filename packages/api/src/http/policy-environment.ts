import { authEnv, type AuthApp } from "../auth/env";
import { usesSecureCookies } from "../auth/session-cookie";
import type { PolicyEnvironment } from "./security-headers";

/**
 * What the security headers depend on, decided at run time (a build does not know where it will
 * be served) the way secure cookies are: production over HTTPS is when HSTS and
 * `upgrade-insecure-requests` apply; anything but production is the dev server.
 */
export function policyEnvironment(app: AuthApp): PolicyEnvironment {
  const { production } = authEnv();
  return { development: !production, httpsProduction: production && usesSecureCookies(app) };
}
