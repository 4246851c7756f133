import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import type { TeamKey } from "../team/teams";
import { type AssigningStaff, checkAssignment, planTransfer } from "./assignment-rules";

const agent: AssigningStaff = { id: "agent", role: "agent", teams: ["funds"] };
const lead: AssigningStaff = { id: "lead", role: "lead", teams: ["funds"] };
const otherLead: AssigningStaff = { id: "other-lead", role: "lead", teams: ["trading"] };
const admin: AssigningStaff = { id: "admin", role: "admin", teams: [] };

describe("assigning a ticket", () => {
  it.each<[string, AssigningStaff, string | null, string | null, boolean]>([
    ["an agent takes an unassigned ticket", agent, null, "agent", true],
    ["an agent gives their own ticket back", agent, "agent", null, true],
    ["an agent takes a colleague's ticket", agent, "colleague", "agent", false],
    ["an agent assigns a colleague", agent, null, "colleague", false],
    ["an agent leaves it as it is", agent, "colleague", "colleague", true],
    ["the window's lead reassigns", lead, "agent", "colleague", true],
    ["the window's lead unassigns", lead, "agent", null, true],
    ["another window's lead reassigns", otherLead, "agent", "colleague", false],
    ["an admin reassigns", admin, "agent", "colleague", true],
  ])("%s: %s", (_case, actor, current, next, allowed) => {
    const attempt = () => checkAssignment({ actor, team: "funds", current, next });
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(DomainError);
  });
});

describe("transferring to another window", () => {
  it.each<[TeamKey, TeamKey, TeamKey[] | null, boolean | "refused"]>([
    ["funds", "trading", ["funds"], false],
    ["funds", "trading", ["funds", "trading"], true],
    ["funds", "security", null, false],
    ["funds", "funds", ["funds"], "refused"],
  ])("%s -> %s with an assignee in %j keeps the assignee: %s", (from, to, assigneeTeams, expected) => {
    if (expected === "refused") expect(() => planTransfer({ from, to, assigneeTeams })).toThrow(DomainError);
    else expect(planTransfer({ from, to, assigneeTeams })).toEqual({ keepAssignee: expected });
  });
});
