import "server-only";
import { webCaller } from "@madoguchi/api/root/server-caller";
import { headers } from "next/headers";
import { getSession } from "@/auth/session";

/** Procedures for server components, with the request's session and headers. */
export async function serverCaller() {
  const [session, requestHeaders] = await Promise.all([getSession(), headers()]);
  return webCaller({ session, headers: requestHeaders });
}
