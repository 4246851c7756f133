import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ConsoleActor,
  consoleWorld,
  type ConsoleWorld,
  fileTicket,
  outcomeOf,
} from "./console-test-kit";

const NOW = new Date("2026-11-28T10:00:00+09:00");

describe("two staff members at once", () => {
  let db: Db;
  let close: () => Promise<void>;
  let world: ConsoleWorld;

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
    world = await consoleWorld(db, () => NOW);
  });
  afterAll(async () => close());

  it.each<[string, (version: number, number: string) => [Promise<unknown>, Promise<unknown>]]>([
    [
      "both change the priority",
      (version, number) => [
        world.console("fundsAgent").ticket.update({ number, version, priority: "high" }),
        world.console("fundsLead").ticket.update({ number, version, priority: "low" }),
      ],
    ],
    [
      "one replies while the other resolves",
      (version, number) => [
        world.console("fundsAgent").ticket.reply({ number, version, body: "確認いたします。" }),
        world.console("fundsLead").ticket.update({ number, version, status: "resolved" }),
      ],
    ],
    [
      "one transfers while the other tags",
      (version, number) => [
        world.console("fundsLead").ticket.transfer({ number, version, team: "trading", note: "取引の件" }),
        world.console("fundsAgent").ticket.update({ number, version, tags: ["要確認"] }),
      ],
    ],
  ])("%s over the same version: one wins, the other gets CONFLICT", async (_case, race) => {
    for (let round = 0; round < 5; round++) {
      const { number } = await fileTicket(db, { now: NOW });
      const { version } = await world.console("fundsAgent").ticket.get({ number });
      const outcomes = await Promise.all(race(version, number).map(outcomeOf));
      expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
      const row = await db.ticket.findUniqueOrThrow({ where: { number }, select: { version: true } });
      expect(row.version).toBeGreaterThan(version);
    }
  });

  it("a save over a version already replaced is refused, and the reloaded version saves", async () => {
    const { number } = await fileTicket(db, { now: NOW });
    const agent = world.console("fundsAgent");
    const { version } = await agent.ticket.get({ number });
    await world.console("fundsLead").ticket.update({ number, version, priority: "urgent" });
    expect(await outcomeOf(agent.ticket.update({ number, version, priority: "low" }))).toBe("CONFLICT");
    const reloaded = await agent.ticket.get({ number });
    expect(reloaded.priority).toBe("urgent");
    await agent.ticket.update({ number, version: reloaded.version, priority: "low" });
  });

  it("take-next never gives the same ticket twice, however many press it at once", async () => {
    await db.ticket.updateMany({
      where: { team: { key: "funds" }, assigneeId: null },
      data: { status: "closed" },
    });
    const filed = [];
    for (let i = 0; i < 6; i++)
      filed.push((await fileTicket(db, { now: new Date(NOW.getTime() + i * 1000) })).number);
    const takers: ConsoleActor[] = ["fundsAgent", "fundsLead", "admin"];
    const presses = Array.from({ length: 9 }, (_, i) => takers[i % takers.length] as ConsoleActor);
    const taken = await Promise.all(
      presses.map((actor) => world.console(actor).queue.takeNext({ team: "funds" })),
    );
    const numbers = taken.filter((t): t is { number: string } => t !== null).map((t) => t.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.sort()).toEqual(filed.sort());
    expect(taken.filter((t) => t === null)).toHaveLength(3);
    const assigned = await db.ticket.findMany({
      where: { number: { in: filed } },
      select: { assigneeId: true, events: { where: { kind: "assigned" }, select: { id: true } } },
    });
    for (const ticket of assigned) {
      expect(ticket.assigneeId).not.toBeNull();
      expect(ticket.events).toHaveLength(1);
    }
  });

  it("a bulk change moves the versions on, so an open workspace reloads before saving", async () => {
    const { number, id } = await fileTicket(db, { now: NOW });
    const { version } = await world.console("fundsAgent").ticket.get({ number });
    await world.console("fundsLead").queue.bulkTag({ ticketIds: [id], add: ["一括"] });
    expect(
      await outcomeOf(world.console("fundsAgent").ticket.update({ number, version, priority: "high" })),
    ).toBe("CONFLICT");
  });
});
