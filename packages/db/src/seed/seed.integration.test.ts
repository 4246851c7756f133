import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../testing/test-database";
import type { Db } from "../client/create-client";
import { seedDemo } from "./seed-demo";

const NOW = new Date("2026-11-28T09:00:00+09:00");

/** Every row of every table, as one digest per table: equal digests mean nothing changed. */
async function snapshot(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`;
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<{ digest: string | null; n: bigint }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest, count(*) AS n FROM "${name}" t`,
    );
    digests[name] = `${rows[0]?.n}:${rows[0]?.digest}`;
  }
  return digests;
}

describe("the demo seed", () => {
  let db: Db;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
  }, 60_000);
  afterAll(async () => close());

  it("changes nothing when run a second time", async () => {
    const before = await snapshot(db);
    await seedDemo(db, NOW);
    await seedDemo(db, new Date(NOW.getTime() + 60_000));
    expect(await snapshot(db)).toEqual(before);
  }, 60_000);

  it("has at least 30 Japanese articles across every trouble type, and 10 in English", async () => {
    const ja = await db.articleTranslation.count({
      where: { locale: "ja", article: { status: "published" } },
    });
    const en = await db.articleTranslation.count({
      where: { locale: "en", article: { status: "published" } },
    });
    expect(ja).toBeGreaterThanOrEqual(30);
    expect(en).toBeGreaterThanOrEqual(10);
    const types = await db.article.groupBy({ by: ["troubleType"], _count: true });
    expect(types.map((t) => t.troubleType).sort()).toEqual([
      "funds",
      "login",
      "other",
      "security",
      "system",
      "trading",
    ]);
  });

  it("staffs every window with every role and puts customers on two plans", async () => {
    const roles = await db.staff.groupBy({ by: ["role"], _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual(["admin", "agent", "lead"]);
    const teams = await db.team.findMany({ select: { key: true, members: { select: { staffId: true } } } });
    expect(teams).toHaveLength(5);
    for (const team of teams) expect(team.members.length, team.key).toBeGreaterThanOrEqual(2);
    const plans = await db.customer.groupBy({ by: ["planId"], _count: true });
    expect(plans).toHaveLength(2);
  });

  it("has tickets in every status, with numbers the sequence continues from", async () => {
    const statuses = await db.ticket.groupBy({ by: ["status"], _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual([
      "closed",
      "new",
      "open",
      "resolved",
      "waiting_on_customer",
    ]);
    const last = await db.ticketSequence.findUnique({ where: { year: 2026 }, select: { last: true } });
    expect(last?.last).toBe(await db.ticket.count());
    expect(
      await db.ticket.count({ where: { customerId: null, identityCheck: "pending", troubleType: "login" } }),
    ).toBe(1);
    expect(await db.message.count({ where: { visibility: "internal" } })).toBeGreaterThan(0);
  });

  it("has a resolved incident and a scheduled maintenance", async () => {
    const incidents = await db.incident.findMany({
      select: { kind: true, status: true, updates: { select: { id: true } } },
    });
    expect(incidents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "incident", status: "resolved" }),
        expect.objectContaining({ kind: "maintenance", status: "scheduled" }),
      ]),
    );
    for (const incident of incidents) expect(incident.updates.length).toBeGreaterThan(0);
    expect(await db.statusComponent.count()).toBe(7);
  });
});
