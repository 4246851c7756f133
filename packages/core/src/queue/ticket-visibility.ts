import type { StaffRole } from "../access/permissions";
import type { TeamKey } from "../team/teams";

export interface StaffScope {
  role: StaffRole;
  teams: readonly TeamKey[];
}

/**
 * Which windows' tickets a staff member sees. Admins see all; everyone else sees the windows
 * they belong to. Security tickets hold the most sensitive facts, so only the security team
 * (and admins) see them even when a lead of another window would otherwise.
 */
export function visibleTeams(staff: StaffScope): "all" | readonly TeamKey[] {
  if (staff.role === "admin") return "all";
  return [...new Set(staff.teams)];
}

export function canSeeTicket(staff: StaffScope, ticket: { team: TeamKey }): boolean {
  const teams = visibleTeams(staff);
  return teams === "all" || teams.includes(ticket.team);
}

/** Leads manage the queues of their own windows; admins manage every queue. */
export function canManageTeam(staff: StaffScope, team: TeamKey): boolean {
  if (staff.role === "admin") return true;
  return staff.role === "lead" && staff.teams.includes(team);
}
