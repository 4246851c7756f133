import "server-only";
import { webCaller } from "@madoguchi/api/root/server-caller";
import { headers } from "next/headers";
import { getSession } from "@/auth/session";

/** Procedures for server components, with the request's session and headers. */
export async function serverCaller() {
  const [session, requestHeaders] = await Promise.all([getSession(), headers()]);
  return webCaller({ session, headers: requestHeaders });
}

/**
 * Procedures for the public, prerendered pages: no session and no request headers, so that
 * reading them keeps the page static (one render serves every reader until it is revalidated).
 */
export function publicCaller() {
  return webCaller({ session: null });
}

/**
 * Procedures for the public forms (feedback, status subscription): no session is read, but the
 * request's headers are passed on, for the per-client rate limits.
 */
export async function anonymousCaller() {
  return webCaller({ session: null, headers: await headers() });
}
