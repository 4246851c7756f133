import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openFreezeTicket } from "../inquiry/freeze-ticket";
import { consoleWorld, type ConsoleWorld, fileTicket, outcomeOf } from "../console/console-test-kit";
import { createContext } from "../context/context";
import { adminRouter } from "../root/admin-router";
import { createCallerFactory } from "../trpc/init";

const NOW = new Date("2026-11-28T10:00:00+09:00");
const createAdmin = createCallerFactory(adminRouter);

type Member = { id: string; email: string };

describe("round-robin assignment of new tickets", () => {
  let db: Db;
  let close: () => Promise<void>;
  let world: ConsoleWorld;
  /** Enrolled, active, available funds staff: the ones round-robin may choose. */
  let eligible: Member[];
  let skipped: Record<"unavailable" | "inactive" | "noTwoFactor", Member>;

  const addStaff = async (
    email: string,
    team: string,
    changes: {
      role?: "agent" | "lead" | "admin";
      available?: boolean;
      active?: boolean;
      enrolled?: boolean;
    } = {},
  ): Promise<Member> => {
    const teamRow = await db.team.findUniqueOrThrow({ where: { key: team }, select: { id: true } });
    const row = await db.staff.create({
      data: {
        email,
        displayName: email.split("@")[0] ?? email,
        role: changes.role ?? "agent",
        available: changes.available ?? true,
        active: changes.active ?? true,
        totpEnabledAt: changes.enrolled === false ? null : NOW,
        memberships: { create: { teamId: teamRow.id } },
      },
      select: { id: true, email: true },
    });
    return row;
  };
  const assigneeOf = async (number: string) =>
    (await db.ticket.findUniqueOrThrow({ where: { number }, select: { assigneeId: true } })).assigneeId;
  const caller = (staffId: string, role: "agent" | "lead" | "admin") =>
    createAdmin(createContext({ db, session: { kind: "staff", staffId, role }, now: () => NOW }));

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
    world = await consoleWorld(db, () => NOW);
    await db.team.update({ where: { key: "funds" }, data: { autoAssign: true } });
    eligible = [
      await addStaff("rr.agent1@staff.example.jp", "funds"),
      await addStaff("rr.agent2@staff.example.jp", "funds"),
      await addStaff("rr.lead@staff.example.jp", "funds", { role: "lead" }),
    ];
    skipped = {
      unavailable: await addStaff("rr.away@staff.example.jp", "funds", { available: false }),
      inactive: await addStaff("rr.gone@staff.example.jp", "funds", { active: false }),
      noTwoFactor: await addStaff("rr.new@staff.example.jp", "funds", { enrolled: false }),
    };
    // The demo admin is enrolled too, and a member of every window: admins are never chosen.
    await db.staff.update({ where: { id: world.ids.admin }, data: { totpEnabledAt: NOW } });
  }, 60_000);
  afterAll(async () => close());

  beforeEach(async () => {
    await db.teamMembership.updateMany({ data: { lastAutoAssignedAt: null } });
    await db.staff.updateMany({
      where: { id: { in: eligible.map((m) => m.id) } },
      data: { available: true },
    });
  });

  /** Never assigned yet, the members go in id order: the tie-break of core's rule. */
  const inTurn = () => eligible.map((m) => m.id).sort();

  it("gives each filing to the member who waited longest, turning through all of them", async () => {
    const assignees = [];
    for (let i = 0; i < 7; i++) {
      // The same clock for every filing: the turn must move on all the same.
      const { number } = await fileTicket(db, { now: NOW });
      assignees.push(await assigneeOf(number));
    }
    const order = inTurn();
    expect(assignees).toEqual([...order, ...order, order[0]]);
    const never = [
      ...Object.values(skipped).map((m) => m.id),
      world.ids.admin,
      world.ids.fundsAgent,
      world.ids.fundsLead,
    ];
    expect(assignees.some((id) => never.includes(id ?? ""))).toBe(false);
  });

  it("records the assignment on the timeline and in the audit log, as the system", async () => {
    const { id, number } = await fileTicket(db, { now: NOW });
    const assigneeId = await assigneeOf(number);
    const events = await db.ticketEvent.findMany({
      where: { ticketId: id, kind: "auto_assigned" },
      select: { actorKind: true, actorId: true, data: true },
    });
    expect(events).toEqual([{ actorKind: "system", actorId: null, data: { assigneeId, team: "funds" } }]);
    const audit = await db.auditLog.findMany({
      where: { objectId: id, action: "ticket.auto_assigned" },
      select: { actorKind: true, data: true },
    });
    expect(audit).toEqual([{ actorKind: "system", data: { number, assigneeId, team: "funds" } }]);
  });

  it("leaves the ticket unassigned when nobody can take it, or when the window does not auto-assign", async () => {
    await db.staff.updateMany({
      where: { id: { in: eligible.map((m) => m.id) } },
      data: { available: false },
    });
    const nobody = await fileTicket(db, { now: NOW });
    expect(await assigneeOf(nobody.number)).toBeNull();
    expect(await db.ticketEvent.count({ where: { ticketId: nobody.id, kind: "auto_assigned" } })).toBe(0);

    await db.staff.updateMany({
      where: { id: { in: eligible.map((m) => m.id) } },
      data: { available: true },
    });
    const trading = await fileTicket(db, {
      now: NOW,
      teamKey: "trading",
      troubleType: "trading",
      subtype: "order_not_filled",
    });
    expect(await assigneeOf(trading.number)).toBeNull();
  });

  it("shares tickets filed at the same moment evenly, never the same member twice in a row", async () => {
    const filed = await Promise.all(Array.from({ length: 12 }, () => fileTicket(db, { now: NOW })));
    const rows = await db.ticket.findMany({
      where: { id: { in: filed.map((t) => t.id) } },
      select: { number: true, assigneeId: true },
      orderBy: { number: "asc" },
    });
    const counts = new Map<string, number>();
    for (const row of rows)
      counts.set(row.assigneeId ?? "none", (counts.get(row.assigneeId ?? "none") ?? 0) + 1);
    expect([...counts.values()]).toEqual([4, 4, 4]);
    expect([...counts.keys()].sort()).toEqual(inTurn());
    // Numbers are drawn in the same serialized order as the turns, so filing order is the turn order.
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.assigneeId).not.toBe(rows[i - 1]?.assigneeId);
  });

  it("skips a member who set themselves unavailable, until a lead of the window sets them back", async () => {
    const [first] = inTurn();
    if (!first) throw new Error("no member");
    const self = await caller(first, first === eligible[2]?.id ? "lead" : "agent").staff.setAvailability({
      available: false,
    });
    expect(self).toEqual({ available: false, changed: true });
    expect((await caller(first, "agent").staff.availability()).available).toBe(false);
    for (let i = 0; i < 4; i++)
      expect(await assigneeOf((await fileTicket(db, { now: NOW })).number)).not.toBe(first);

    const tradingLead = await db.staff.findUniqueOrThrow({
      where: { email: "lead.trading@staff.example.jp" },
      select: { id: true },
    });
    expect(
      await outcomeOf(
        caller(tradingLead.id, "lead").staff.setMemberAvailability({ staffId: first, available: true }),
      ),
    ).toBe("NOT_FOUND");
    await world.console("fundsLead").staff.setMemberAvailability({ staffId: first, available: true });
    const roster = await world.console("fundsLead").staff.teamAvailability();
    expect(roster.find((m) => m.staffId === first)).toMatchObject({ available: true, teams: ["funds"] });
    expect(roster.some((m) => m.teams.includes("funds"))).toBe(true);
    expect(roster.every((m) => m.teams.includes("funds"))).toBe(true);
    // Back in the turn: never assigned since the reset, so first in line again.
    expect(await assigneeOf((await fileTicket(db, { now: NOW })).number)).toBe(first);

    const audit = await db.auditLog.findMany({
      where: { objectId: first, action: "staff.availability_changed" },
      select: { actorId: true, data: true },
      orderBy: { id: "asc" },
    });
    expect(audit).toEqual([
      { actorId: first, data: { available: false, changed: true } },
      { actorId: world.ids.fundsLead, data: { available: true, changed: true } },
    ]);
  });

  it("assigns the emergency-freeze ticket too, in the security window", async () => {
    await db.team.update({ where: { key: "security" }, data: { autoAssign: true } });
    const securityAgent = await addStaff("rr.security@staff.example.jp", "security");
    await db.$transaction((tx) =>
      openFreezeTicket(tx, { customerId: world.ids.customerB, source: "signed_in", at: NOW }),
    );
    const ticket = await db.ticket.findFirstOrThrow({
      where: { customerId: world.ids.customerB, troubleType: "security" },
      orderBy: { createdAt: "desc" },
      select: { assigneeId: true, team: { select: { key: true } } },
    });
    expect(ticket).toEqual({ assigneeId: securityAgent.id, team: { key: "security" } });
  });
});
