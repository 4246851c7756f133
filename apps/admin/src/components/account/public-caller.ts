import "server-only";
import { adminCaller } from "@madoguchi/api/root/server-caller";
import { headers } from "next/headers";

/**
 * Procedures of the console's emailed links: no session is read, the request's headers go on
 * (for the audit log's address and the rate limits).
 */
export async function publicCaller() {
  return adminCaller({ session: null, headers: await headers() });
}
