import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client/create-client";
import { seedDemo } from "../seed/seed-demo";
import { openTestDb } from "../testing/test-database";
import { createTicket, type NewTicket } from "../ticket/ticket-repository";
import { countQueues, listQueue, type QueueKind, takeNextTicket } from "./queue-repository";

const NOW = new Date("2026-11-28T10:00:00+09:00");
const HOUR = 3600_000;

describe("staff queues", () => {
  let db: Db;
  let close: () => Promise<void>;
  let agentFunds: string;
  let agentTrading: string;

  const ticket = (teamKey: string, minutesAgo: number, dueInHours: number): NewTicket => ({
    customerId: null,
    contactEmail: "queue@example.jp",
    contactName: null,
    identityCheck: "not_required",
    troubleType: teamKey === "trading" ? "trading" : "funds",
    subtype: teamKey === "trading" ? "order_not_filled" : "jpy_deposit_missing",
    subject: `queue test ${minutesAgo}`,
    priority: "normal",
    teamKey,
    locale: "ja",
    firstResponseDueAt: new Date(NOW.getTime() + dueInHours * HOUR),
    resolutionDueAt: new Date(NOW.getTime() + 72 * HOUR),
    fields: {},
    message: { body: "queue test", redacted: false },
    attachments: [],
    now: new Date(NOW.getTime() - minutesAgo * 60_000),
  });

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
    const staff = async (email: string) =>
      (await db.staff.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    agentFunds = await staff("agent.funds@staff.example.jp");
    agentTrading = await staff("agent.trading@staff.example.jp");
    for (let i = 0; i < 25; i++) {
      await db.$transaction((tx) =>
        createTicket(tx, ticket(i % 5 === 0 ? "trading" : "funds", i * 7, (i % 9) - 2)),
      );
    }
  }, 120_000);
  afterAll(async () => close());

  it("pages through a window's queue by due time, every ticket exactly once, none of another window", async () => {
    const seen: string[] = [];
    const dues: number[] = [];
    let cursor;
    do {
      const page = await listQueue(db, {
        staffId: agentFunds,
        teams: ["funds"],
        queue: { kind: "team", team: "funds" },
        take: 4,
        now: NOW,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.rows.map((r) => r.number));
      dues.push(...page.rows.map((r) => r.firstResponseDueAt?.getTime() ?? 0));
      for (const row of page.rows) expect(row.team.key).toBe("funds");
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const open = await db.ticket.count({
      where: { team: { key: "funds" }, status: { in: ["new", "open", "waiting_on_customer"] } },
    });
    expect(seen).toHaveLength(open);
  });

  it("never shows a window's tickets to staff outside it, even when asked for that queue", async () => {
    const page = await listQueue(db, {
      staffId: agentTrading,
      teams: ["trading"],
      queue: { kind: "team", team: "funds" },
      take: 50,
      now: NOW,
    });
    expect(page.rows).toEqual([]);
  });

  it("counts breaching-soon tickets: first response due within the hour and not yet given", async () => {
    const counts = await countQueues(db, { staffId: agentFunds, teams: ["funds"], now: NOW });
    const breaching = await listQueue(db, {
      staffId: agentFunds,
      teams: ["funds"],
      queue: { kind: "breaching" },
      take: 100,
      now: NOW,
    });
    expect(counts.breaching).toBe(breaching.rows.length);
    expect(breaching.rows.length).toBeGreaterThan(0);
    for (const row of breaching.rows)
      expect(row.firstResponseDueAt!.getTime()).toBeLessThanOrEqual(NOW.getTime() + HOUR);
    expect(counts.teams.trading).toBeUndefined();
  });

  it("hands two concurrent take-next calls two different tickets", async () => {
    const take = () =>
      db.$transaction((tx) => takeNextTicket(tx, { staffId: agentFunds, teams: ["funds"], now: NOW }));
    const results = await Promise.all([take(), take(), take()]);
    const ids = results.map((r) => r?.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(3);
    const assigned = await db.ticket.findMany({
      where: { id: { in: ids as string[] } },
      select: { assigneeId: true },
    });
    expect(assigned.every((t) => t.assigneeId === agentFunds)).toBe(true);
  });

  it("counts each queue as many tickets as it lists, for one window and for all", async () => {
    // Variety the counts must tell apart: assigned, waiting, answered, finished and merged tickets.
    const funds = await db.ticket.findMany({
      where: { team: { key: "funds" } },
      orderBy: { number: "asc" },
      select: { id: true },
    });
    const set = (index: number, data: Parameters<typeof db.ticket.update>[0]["data"]) =>
      funds[index] && db.ticket.update({ where: { id: funds[index].id }, data, select: { id: true } });
    await set(0, { assigneeId: agentFunds });
    // Waiting on the customer, unanswered and due now: the SLA is paused, so it is not breaching.
    await set(1, {
      assigneeId: agentFunds,
      status: "waiting_on_customer",
      firstRespondedAt: null,
      firstResponseDueAt: NOW,
    });
    await set(2, { firstRespondedAt: NOW });
    await set(3, { status: "resolved", resolvedAt: NOW });
    await set(4, { mergedIntoId: funds[5]?.id ?? null, status: "closed", closedAt: NOW });
    await set(6, { assigneeId: agentTrading });

    const listed = async (staffId: string, teams: "all" | ("funds" | "trading")[], queue: QueueKind) =>
      (await listQueue(db, { staffId, teams, queue, take: 500, now: NOW })).rows.length;
    for (const [staffId, teams] of [
      [agentFunds, ["funds"]],
      [agentFunds, "all"],
      [agentTrading, ["trading"]],
    ] as const) {
      const counts = await countQueues(db, {
        staffId,
        teams: teams === "all" ? teams : [...teams],
        now: NOW,
      });
      const visible =
        teams === "all" ? (["funds", "trading", "system", "security", "general"] as const) : teams;
      for (const team of visible) {
        expect(counts.teams[team] ?? 0).toBe(
          await listed(staffId, teams === "all" ? teams : [...teams], { kind: "team", team }),
        );
      }
      for (const kind of ["mine", "unassigned", "breaching"] as const) {
        expect(counts[kind]).toBe(await listed(staffId, teams === "all" ? teams : [...teams], { kind }));
      }
    }
  });
});
