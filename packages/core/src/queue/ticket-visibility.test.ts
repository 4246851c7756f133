import { describe, expect, it } from "vitest";
import type { TeamKey } from "../team/teams";
import { canManageTeam, canSeeTicket, type StaffScope, visibleTeams } from "./ticket-visibility";

const agentFunds: StaffScope = { role: "agent", teams: ["funds"] };
const leadTrading: StaffScope = { role: "lead", teams: ["trading"] };
const agentSecurity: StaffScope = { role: "agent", teams: ["security"] };
const admin: StaffScope = { role: "admin", teams: [] };

describe("who sees which tickets", () => {
  it.each<[string, StaffScope, TeamKey, boolean]>([
    ["a funds agent", agentFunds, "funds", true],
    ["a funds agent", agentFunds, "trading", false],
    ["a funds agent", agentFunds, "security", false],
    ["a trading lead", leadTrading, "trading", true],
    ["a trading lead", leadTrading, "security", false],
    ["a security agent", agentSecurity, "security", true],
    ["a security agent", agentSecurity, "funds", false],
    ["an admin", admin, "security", true],
    ["an admin", admin, "general", true],
  ])("%s sees %s tickets: %s", (_who, staff, team, expected) => {
    expect(canSeeTicket(staff, { team })).toBe(expected);
  });

  it("lists the windows to filter queries by", () => {
    expect(visibleTeams({ role: "agent", teams: ["funds", "funds", "general"] })).toEqual([
      "funds",
      "general",
    ]);
    expect(visibleTeams(admin)).toBe("all");
  });

  it.each<[StaffScope, TeamKey, boolean]>([
    [leadTrading, "trading", true],
    [leadTrading, "funds", false],
    [agentFunds, "funds", false],
    [admin, "funds", true],
  ])("manages queues: %j of %s -> %s", (staff, team, expected) => {
    expect(canManageTeam(staff, team)).toBe(expected);
  });
});
