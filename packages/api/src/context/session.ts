import type { StaffRole } from "@madoguchi/core/access/permissions";

/** `sessionId` is the AuthSession row behind the cookie (absent in sessions built by tests). */
export type CustomerSession = { kind: "customer"; customerId: string; sessionId?: string };
export type StaffSession = { kind: "staff"; staffId: string; role: StaffRole; sessionId?: string };
/**
 * A staff member who signed in with a password but has no two-factor yet. It is not a
 * StaffSession on purpose: no staff procedure accepts it, only two-factor enrollment does.
 */
export type StaffEnrollmentSession = { kind: "staff_enrollment"; staffId: string; sessionId?: string };
export type Session = CustomerSession | StaffSession | StaffEnrollmentSession;

/** Where a request's session comes from (a signed cookie, in the apps). */
export type SessionSource = (request: Request) => Promise<Session | null>;

/** Nobody is signed in: for tests and tools that build contexts with an explicit session. */
export const noSessionSource: SessionSource = async () => null;
