import { authEnv } from "../auth/env";

/**
 * The client's address as far as the proxies in front of the app can vouch for it. Each trusted
 * proxy appends the address it saw to X-Forwarded-For, so with N of them the client is the N-th
 * entry from the right; anything further left was written by the client and may be forged (the
 * leftmost entry is the one an attacker picks to dodge per-IP throttles).
 *
 * With no X-Forwarded-For at all Next.js fills in the socket's address. An app reached directly,
 * without a proxy, cannot tell a forged header from that one: deploy it behind a proxy that
 * appends (nginx `$proxy_add_x_forwarded_for`, AWS ALB) or overwrites the header.
 */
export function clientIp(
  headers: { get(name: string): string | null },
  trustedHops: number = authEnv().trustedProxyHops,
): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length > 0) return hops[Math.max(0, hops.length - Math.max(1, trustedHops))] ?? null;
  return headers.get("x-real-ip")?.trim() || null;
}
