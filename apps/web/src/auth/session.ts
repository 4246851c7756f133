import type { Session, SessionSource } from "@madoguchi/api/context/session";
import { noSessionSource } from "@madoguchi/api/context/session";

/**
 * Sign-in is not built yet: no request carries a session, so protected procedures answer
 * UNAUTHORIZED. The accounts work replaces both functions with next-auth's session.
 */
export const sessionSource: SessionSource = noSessionSource;

export async function getSession(): Promise<Session | null> {
  return null;
}
