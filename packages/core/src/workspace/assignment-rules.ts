import { DomainError } from "../errors/domain-error";
import { canManageTeam, type StaffScope } from "../queue/ticket-visibility";
import type { TeamKey } from "../team/teams";

export interface AssigningStaff extends StaffScope {
  id: string;
}

/**
 * Who may set a ticket's assignee. Leads of the ticket's window and admins assign anyone of the
 * window; an agent takes an unassigned ticket for themselves or gives their own back. Whether
 * the assignee belongs to the window is checked against the database by the caller.
 */
export function checkAssignment(input: {
  actor: AssigningStaff;
  team: TeamKey;
  current: string | null;
  next: string | null;
}): void {
  if (input.current === input.next) return;
  if (canManageTeam(input.actor, input.team)) return;
  const takesUnassigned = input.current === null && input.next === input.actor.id;
  const releasesOwn = input.current === input.actor.id && input.next === null;
  if (!takesUnassigned && !releasesOwn) throw new DomainError("FORBIDDEN", "workspace.assign.notAllowed");
}

/**
 * Moving a ticket to another window: the assignee stays only if they work in the new window too
 * (otherwise the ticket waits in the new window's unassigned queue).
 */
export function planTransfer(input: {
  from: TeamKey;
  to: TeamKey;
  assigneeTeams: readonly TeamKey[] | null;
}): { keepAssignee: boolean } {
  if (input.from === input.to) throw new DomainError("INVALID", "workspace.transfer.sameTeam");
  return { keepAssignee: input.assigneeTeams?.includes(input.to) ?? false };
}
