import { createHmac } from "node:crypto";

/**
 * A stable, keyed hash of the client's address: enough to count its requests, not enough to
 * recover the address (an unkeyed hash of an IPv4 address is reversed by trying all of them).
 */
export function clientKey(ip: string | null, secret: string): string {
  return createHmac("sha256", secret)
    .update(`client:${ip ?? "unknown"}`)
    .digest("base64url")
    .slice(0, 32);
}
