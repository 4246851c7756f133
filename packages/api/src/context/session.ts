import type { StaffRole } from "@madoguchi/core/access/permissions";

export type CustomerSession = { kind: "customer"; customerId: string };
export type StaffSession = { kind: "staff"; staffId: string; role: StaffRole };
export type Session = CustomerSession | StaffSession;

/** Where a request's session comes from (a signed cookie, in the apps). */
export type SessionSource = (request: Request) => Promise<Session | null>;

/**
 * Until sign-in exists nobody is signed in over HTTP: protected procedures answer UNAUTHORIZED
 * to every request, and tests build contexts with an explicit session.
 */
export const noSessionSource: SessionSource = async () => null;
