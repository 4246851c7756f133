/**
 * Console benchmark: `npx tsx scripts/bench-console.ts [tickets] [runs]` (default 1,000,000 and 20).
 * Starts a throwaway embedded PostgreSQL, applies the migrations and the demo seed, inserts
 * `tickets` generated tickets spread over the last year (most of them closed, as in a real desk)
 * with their timelines (`ticket_event`: filed, replied, resolved, closed, and about one finished
 * ticket in 25 reopened), VACUUMs and ANALYZEs as autovacuum would keep a live desk's tables,
 * then times what staff do all day through the repositories the console uses: queue
 * pages (first and deep, by keyset), filters, the sidebar counts, take-next, and the reports of
 * 30 days and of a year. Prints p50 and p95 per query.
 */
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { addJstDays, backlogCheckpoints, periodRange } from "@madoguchi/core/report/report-period";
import { jstDateKey } from "@madoguchi/core/sla/jst-time";
import { migrateDeploy } from "@madoguchi/db/cli/prisma-cli";
import { createClient, type Db } from "@madoguchi/db/client/create-client";
import { databaseUrl, withAdmin } from "@madoguchi/db/embedded/admin-connection";
import { startEmbeddedServer } from "@madoguchi/db/embedded/embedded-server";
import {
  countQueues,
  listQueue,
  type QueueCursor,
  takeNextTicket,
} from "@madoguchi/db/queue/queue-repository";
import { loadReportFigures } from "@madoguchi/db/report/ticket-report-queries";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";

/** Thrown to roll back a transaction that only measures. */
class Rollback extends Error {}

const ticketCount = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 20);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const now = new Date();

const server = await startEmbeddedServer({
  dataDir: path.join(repoRoot, ".data", "bench", `${process.pid}_${randomBytes(3).toString("hex")}`),
  ephemeral: true,
  settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
});
let db: Db | undefined;
try {
  await withAdmin(server.adminUrl, (client) => client.query("CREATE DATABASE bench"));
  const url = databaseUrl(server.adminUrl, "bench");
  await migrateDeploy(url);
  db = createClient({ url, poolSize: 4, statementTimeoutMs: 600_000 });
  await seedDemo(db, now);

  const started = performance.now();
  await generateTickets(db, ticketCount);
  await generateEvents(db);
  // A live table is mostly all-visible (autovacuum); just after a bulk insert it is not, and
  // index-only scans would then depend on whether autovacuum happened to pass before the timing.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const open = await db.ticket.count({ where: { status: { in: ["new", "open", "waiting_on_customer"] } } });
  const events = await db.ticketEvent.count();
  console.log(
    `${ticketCount.toLocaleString("en")} tickets (${events.toLocaleString("en")} events) inserted and vacuumed in ${((performance.now() - started) / 1000).toFixed(0)} s ` +
      `(${open.toLocaleString("en")} open)`,
  );

  const agent = await db.staff.findUniqueOrThrow({ where: { email: "agent.funds@staff.example.jp" } });
  const funds = ["funds"] as const;
  const page = (cursor?: QueueCursor) =>
    listQueue(db as Db, {
      staffId: agent.id,
      teams: funds,
      queue: { kind: "team", team: "funds" },
      take: 50,
      now,
      ...(cursor ? { cursor } : {}),
    });
  let deep: QueueCursor | undefined;
  {
    let cursor: QueueCursor | null | undefined;
    for (let i = 0; i < 20; i += 1) {
      const result: { next: QueueCursor | null } = await page(cursor ?? undefined);
      cursor = result.next;
      if (!cursor) break;
    }
    deep = cursor ?? undefined;
  }

  const today = jstDateKey(now);
  const month = { from: addJstDays(today, -29), to: today };
  const year = { from: addJstDays(today, -364), to: today };
  const report = (period: { from: string; to: string }, granularity: "day" | "month") =>
    loadReportFigures(db as Db, {
      windows: "all",
      ...periodRange(period),
      granularity,
      now,
      backlogAt: backlogCheckpoints(period, now),
    });

  const cases: [string, () => Promise<unknown>][] = [
    ["queue 入出金サポート, page 1 (by SLA due)", () => page()],
    ["queue 入出金サポート, page 21 (keyset)", () => page(deep)],
    [
      "queue 入出金サポート, newest, filtered (open, high, tag)",
      () =>
        listQueue(db as Db, {
          staffId: agent.id,
          teams: funds,
          queue: { kind: "team", team: "funds" },
          filters: { status: ["open"], priority: ["high"], tag: "vip" },
          sort: "newest",
          take: 50,
          now,
        }),
    ],
    [
      "queue unassigned (all windows)",
      () =>
        listQueue(db as Db, {
          staffId: agent.id,
          teams: "all",
          queue: { kind: "unassigned" },
          take: 50,
          now,
        }),
    ],
    [
      "queue breaching soon (all windows)",
      () =>
        listQueue(db as Db, { staffId: agent.id, teams: "all", queue: { kind: "breaching" }, take: 50, now }),
    ],
    ["sidebar counts (all windows)", () => countQueues(db as Db, { staffId: agent.id, teams: "all", now })],
    [
      "take next (rolled back)",
      () =>
        (db as Db)
          .$transaction(async (tx) => {
            await takeNextTicket(tx, { staffId: agent.id, teams: funds, now });
            throw new Rollback();
          })
          .catch((error: unknown) => {
            if (!(error instanceof Rollback)) throw error;
          }),
    ],
    ["report, 30 days by day (all windows)", () => report(month, "day")],
    ["report, a year by month (all windows)", () => report(year, "month")],
  ];

  console.log(`load average before timing: ${loadavg()[0]?.toFixed(2)}`);
  for (const [name, work] of cases) {
    await work();
    const times: number[] = [];
    const count = name.startsWith("report, a year") ? Math.min(runs, 5) : runs;
    for (let i = 0; i < count; i += 1) {
      const t0 = performance.now();
      await work();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    console.log(
      `${name.padEnd(58)} p50 ${at(0.5).toFixed(1).padStart(8)} ms   p95 ${at(0.95).toFixed(1).padStart(8)} ms`,
    );
  }
} finally {
  await db?.$disconnect();
  await server.stop();
}

/**
 * Tickets over the last 365 days in every window, in SQL (a million rows in well under a minute):
 * 95 % resolved or closed, the rest new, open or waiting; priorities, tags, assignees and
 * customers mixed as a desk would have them.
 */
async function generateTickets(target: Db, count: number): Promise<void> {
  const batch = 100_000;
  for (let offset = 0; offset < count; offset += batch) {
    const size = Math.min(batch, count - offset);
    await target.$executeRaw`
      WITH teams AS (SELECT array_agg(id ORDER BY position) AS ids FROM team),
           staff_ids AS (SELECT array_agg(id ORDER BY email) AS ids FROM staff WHERE role <> 'admin'),
           customers AS (SELECT array_agg(id ORDER BY email) AS ids FROM customer),
           g AS (
             SELECT n, ${now}::timestamptz - (random() * interval '365 days') AS created, random() AS r
               FROM generate_series(${offset + 1}::int, ${offset + size}::int) AS n
           )
      INSERT INTO ticket (id, number, customer_id, contact_email, trouble_type, subtype, subject, status,
                          priority, team_id, assignee_id, tags, first_response_due_at, resolution_due_at,
                          first_responded_at, resolved_at, closed_at, created_at, updated_at)
      SELECT gen_random_uuid(), 'B-' || lpad(n::text, 8, '0'), c.ids[1 + n % array_length(c.ids, 1)],
             'bench' || n || '@example.jp', 'funds', 'deposit_not_credited', 'benchmark ticket ' || n,
             (CASE WHEN g.r < 0.02 THEN 'new' WHEN g.r < 0.04 THEN 'open' WHEN g.r < 0.05 THEN 'waiting_on_customer'
                   WHEN g.r < 0.30 THEN 'resolved' ELSE 'closed' END)::"TicketStatus",
             (CASE n % 10 WHEN 0 THEN 'urgent' WHEN 1 THEN 'high' WHEN 2 THEN 'high' WHEN 9 THEN 'low'
                   ELSE 'normal' END)::"TicketPriority",
             t.ids[1 + n % array_length(t.ids, 1)],
             CASE WHEN n % 4 = 0 THEN NULL ELSE s.ids[1 + n % array_length(s.ids, 1)] END,
             CASE WHEN n % 7 = 0 THEN ARRAY['vip'] ELSE ARRAY[]::text[] END,
             g.created + interval '8 hours', g.created + interval '5 days',
             CASE WHEN g.r >= 0.03 THEN LEAST(g.created + random() * interval '10 hours', ${now}) END,
             CASE WHEN g.r >= 0.05 THEN LEAST(g.created + random() * interval '6 days', ${now}) END,
             CASE WHEN g.r >= 0.30 THEN LEAST(g.created + interval '7 days', ${now}) END,
             g.created, g.created
        FROM g, teams t, staff_ids s, customers c`;
  }
}

/**
 * The generated tickets' timelines, as the console writes them (`data.from`/`data.to` on a status
 * change): filed; replied when answered; resolved (about one resolved ticket in 25 was reopened by
 * the customer a minute before its last resolution); closed. The reports look reopens up here.
 */
async function generateEvents(target: Db): Promise<void> {
  await target.$executeRaw`
    INSERT INTO ticket_event (id, ticket_id, kind, actor_kind, data, created_at)
    SELECT gen_random_uuid(), t.id, e.kind, e.actor::"ActorKind", e.data::jsonb, e.at
      FROM ticket t
      CROSS JOIN LATERAL (VALUES
        ('created', 'customer', '{}', t.created_at),
        ('replied', 'staff', '{}', t.first_responded_at),
        ('status_changed', 'customer', '{"from":"resolved","to":"open"}',
          CASE WHEN hashtext(t.number) % 25 = 0 THEN t.resolved_at - interval '1 minute' END),
        ('status_changed', 'staff', '{"from":"open","to":"resolved"}', t.resolved_at),
        ('status_changed', 'system', '{"from":"resolved","to":"closed"}', t.closed_at)
      ) AS e(kind, actor, data, at)
     WHERE t.number LIKE 'B-%' AND e.at IS NOT NULL`;
}
