import { formatTicketNumber, ticketYear } from "@madoguchi/core/ticket/ticket-number";
import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminRouter } from "../root/admin-router";
import {
  type ConsoleActor,
  consoleActors,
  consoleWorld,
  type ConsoleWorld,
  outcomeOf,
} from "./console-test-kit";

type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "BAD_REQUEST";
type Expect = Record<ConsoleActor, Outcome>;

const NOW = new Date("2026-11-28T10:00:00+09:00");
/** Demo tickets: 1 is 入出金 (customer 山田 花子, unassigned), 6 the security window's, 7 a general one filed without signing in. */
const demo = (sequence: number) => formatTicketNumber(ticketYear(NOW), sequence);

const nobody = { anonymous: "UNAUTHORIZED", customer: "UNAUTHORIZED" } as const;
/** The ticket's window (入出金), its lead and admins; other windows' agents do not know it exists. */
const fundsTicket = (outcome: Outcome): Expect => ({
  ...nobody,
  fundsAgent: outcome,
  tradingAgent: "NOT_FOUND",
  securityAgent: "NOT_FOUND",
  fundsLead: outcome,
  admin: outcome,
});
/** Security tickets: the security window and admins only, whatever the role elsewhere. */
const securityTicket = (outcome: Outcome): Expect => ({
  ...nobody,
  fundsAgent: "NOT_FOUND",
  tradingAgent: "NOT_FOUND",
  securityAgent: outcome,
  fundsLead: "NOT_FOUND",
  admin: outcome,
});
const everyStaff: Expect = {
  ...nobody,
  fundsAgent: "ok",
  tradingAgent: "ok",
  securityAgent: "ok",
  fundsLead: "ok",
  admin: "ok",
};
/** Bulk actions are the leads' (queue.manage): agents are refused whatever the tickets. */
const leadsOnFunds: Expect = {
  ...nobody,
  fundsAgent: "FORBIDDEN",
  tradingAgent: "FORBIDDEN",
  securityAgent: "FORBIDDEN",
  fundsLead: "ok",
  admin: "ok",
};

interface Rule {
  path: string;
  input?: (world: ConsoleWorld, ids: Record<string, string>) => unknown;
  expect: Expect;
  check?: (result: unknown, actor: ConsoleActor) => void;
}

const rules: Rule[] = [
  {
    path: "queue.list",
    input: () => ({ queue: { kind: "team", team: "funds" } }),
    expect: { ...fundsTicket("ok"), tradingAgent: "FORBIDDEN", securityAgent: "FORBIDDEN" },
  },
  {
    path: "queue.list",
    input: () => ({ queue: { kind: "team", team: "security" } }),
    expect: {
      ...securityTicket("ok"),
      fundsAgent: "FORBIDDEN",
      tradingAgent: "FORBIDDEN",
      fundsLead: "FORBIDDEN",
    },
  },
  {
    path: "queue.list",
    input: () => ({ queue: { kind: "breaching" } }),
    expect: everyStaff,
    check: (result, actor) => {
      const teams = (result as { rows: { team: { key: string } }[] }).rows.map((row) => row.team.key);
      if (actor !== "admin") expect(teams.every((team) => team === actorTeam[actor])).toBe(true);
    },
  },
  {
    path: "queue.counts",
    expect: everyStaff,
    check: (result, actor) => {
      const seesSecurity = "security" in (result as { teams: Record<string, number> }).teams;
      expect(seesSecurity).toBe(actor === "securityAgent" || actor === "admin");
    },
  },
  {
    path: "queue.assignees",
    input: () => ({ team: "security" }),
    expect: {
      ...securityTicket("ok"),
      fundsAgent: "FORBIDDEN",
      tradingAgent: "FORBIDDEN",
      fundsLead: "FORBIDDEN",
    },
  },
  {
    // Nothing unassigned in the security window: allowed callers get null and nothing changes.
    path: "queue.takeNext",
    input: () => ({ team: "security" }),
    expect: {
      ...securityTicket("ok"),
      fundsAgent: "FORBIDDEN",
      tradingAgent: "FORBIDDEN",
      fundsLead: "FORBIDDEN",
    },
    check: (result) => expect(result).toBeNull(),
  },
  // Bulk actions that change nothing (the value is already so): authorization alone decides.
  {
    path: "queue.bulkAssign",
    input: (_w, ids) => ({ ticketIds: [ids.t1], assigneeId: null }),
    expect: leadsOnFunds,
  },
  {
    path: "queue.bulkAssign",
    input: (w, ids) => ({ ticketIds: [ids.t6], assigneeId: w.ids.securityAgent }),
    expect: { ...leadsOnFunds, fundsLead: "NOT_FOUND" },
  },
  {
    path: "queue.bulkStatus",
    input: (_w, ids) => ({ ticketIds: [ids.t1], status: "new" }),
    expect: leadsOnFunds,
  },
  {
    path: "queue.bulkTag",
    input: (_w, ids) => ({ ticketIds: [ids.t1], add: ["demo"] }),
    expect: leadsOnFunds,
  },
  {
    path: "queue.bulkTag",
    input: (_w, ids) => ({ ticketIds: [ids.t1, ids.t6], add: ["demo"] }),
    expect: { ...leadsOnFunds, fundsLead: "NOT_FOUND" },
  },
  { path: "ticket.get", input: () => ({ number: demo(1) }), expect: fundsTicket("ok") },
  { path: "ticket.get", input: () => ({ number: demo(6) }), expect: securityTicket("ok") },
  { path: "ticket.incidents", expect: everyStaff },
  { path: "ticket.presence", input: () => ({ number: demo(1) }), expect: fundsTicket("ok") },
  {
    path: "ticket.presence",
    input: () => ({ number: demo(6), leaving: true }),
    expect: securityTicket("ok"),
  },
  {
    path: "ticket.note",
    input: () => ({ number: demo(6), body: "権限確認のメモ" }),
    expect: securityTicket("ok"),
  },
  // A stale version: allowed callers pass every authorization layer and meet the optimistic lock.
  {
    path: "ticket.reply",
    input: () => ({ number: demo(1), version: 999, body: "確認します。" }),
    expect: fundsTicket("CONFLICT"),
  },
  {
    path: "ticket.reply",
    input: () => ({ number: demo(6), version: 999, body: "確認します。" }),
    expect: securityTicket("CONFLICT"),
  },
  {
    path: "ticket.update",
    input: () => ({ number: demo(1), version: 999, priority: "high" }),
    expect: fundsTicket("CONFLICT"),
  },
  {
    path: "ticket.transfer",
    input: () => ({ number: demo(6), version: 999, team: "general", note: "確認" }),
    expect: securityTicket("CONFLICT"),
  },
  {
    path: "ticket.merge",
    input: () => ({ number: demo(1), version: 999, into: demo(4) }),
    expect: fundsTicket("CONFLICT"),
  },
  {
    path: "ticket.linkIncident",
    input: () => ({ number: demo(1), version: 999, incidentId: null }),
    expect: fundsTicket("CONFLICT"),
  },
  {
    path: "ticket.verifyIdentity",
    input: () => ({ number: demo(7), version: 999, decision: "rejected" }),
    expect: { ...securityTicket("NOT_FOUND"), admin: "CONFLICT" },
  },
  {
    path: "ticket.revealPii",
    input: () => ({ number: demo(1), field: "dateOfBirth", source: "account", reason: "権限の確認" }),
    expect: fundsTicket("ok"),
    check: (result) => expect(result).toEqual({ value: "1990-04-12" }),
  },
  {
    path: "ticket.revealPii",
    input: () => ({ number: demo(6), field: "email", source: "account", reason: "権限の確認" }),
    expect: securityTicket("ok"),
  },
];

const actorTeam: Partial<Record<ConsoleActor, string>> = {
  fundsAgent: "funds",
  fundsLead: "funds",
  tradingAgent: "trading",
  securityAgent: "security",
};

describe("console authorization: each procedure for each kind of caller", () => {
  let db: Db;
  let close: () => Promise<void>;
  let world: ConsoleWorld;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
    world = await consoleWorld(db, () => NOW);
    for (const sequence of [1, 6]) {
      ids[`t${sequence}`] = (
        await db.ticket.findUniqueOrThrow({ where: { number: demo(sequence) }, select: { id: true } })
      ).id;
    }
  });
  afterAll(async () => close());

  it("has a rule for every console procedure", () => {
    const consoleProcedures = Object.keys(adminRouter._def.procedures).filter(
      (path) => path.startsWith("queue.") || path.startsWith("ticket."),
    );
    expect([...new Set(rules.map((rule) => rule.path))].sort()).toEqual(consoleProcedures.sort());
  });

  for (const [index, rule] of rules.entries()) {
    for (const actor of consoleActors) {
      it(`${rule.path} #${index} as ${actor}: ${rule.expect[actor]}`, async () => {
        let target: unknown = world.console(actor);
        for (const segment of rule.path.split(".")) target = (target as Record<string, unknown>)[segment];
        const call = (target as (input: unknown) => Promise<unknown>)(rule.input?.(world, ids));
        if (rule.expect[actor] === "ok" && rule.check) {
          rule.check(await call, actor);
        } else {
          expect(await outcomeOf(call)).toBe(rule.expect[actor]);
        }
      });
    }
  }
});
