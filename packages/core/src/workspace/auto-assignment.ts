import type { StaffRole } from "../access/permissions";

/** A member of a window as round-robin sees them. */
export interface AutoAssignCandidate {
  staffId: string;
  role: StaffRole;
  active: boolean;
  available: boolean;
  /** Staff without two-factor cannot sign in to the console, so they cannot work the ticket. */
  twoFactorEnrolled: boolean;
  lastAutoAssignedAt: Date | null;
}

/** Admins oversee; tickets go round-robin to the people who work the queue. */
const assignableRoles: readonly StaffRole[] = ["agent", "lead"];

export function canTakeAutoAssignment(candidate: AutoAssignCandidate): boolean {
  return (
    assignableRoles.includes(candidate.role) &&
    candidate.active &&
    candidate.available &&
    candidate.twoFactorEnrolled
  );
}

/**
 * Round-robin: the member who has waited longest since their last automatic assignment (never
 * assigned counts as longest), ties broken by id so the choice never depends on row order.
 * Null when nobody can take it: the ticket waits in the window's unassigned queue.
 */
export function chooseAutoAssignee(candidates: readonly AutoAssignCandidate[]): string | null {
  const order = (c: AutoAssignCandidate) => c.lastAutoAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const [next] = candidates
    .filter(canTakeAutoAssignment)
    .sort((a, b) => order(a) - order(b) || (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0));
  return next?.staffId ?? null;
}

/**
 * The stamp recorded on the chosen membership: `now`, or just after the window's latest stamp
 * when that is not earlier (tickets filed within the same millisecond, or an app instance whose
 * clock runs behind), so the stamps of a window only ever grow and the turn always moves on.
 */
export function nextAutoAssignmentStamp(now: Date, latest: Date | null): Date {
  if (latest && latest.getTime() >= now.getTime()) return new Date(latest.getTime() + 1);
  return now;
}
