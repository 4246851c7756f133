import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context/context";
import type { Session } from "../context/session";
import { adminRouter } from "../root/admin-router";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";

const createCaller = createCallerFactory(adminRouter);
const jst = (text: string) => new Date(`${text.replace(" ", "T")}:00+09:00`);
const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

type Listed = Awaited<ReturnType<ReturnType<typeof createCaller>["audit"]["list"]>>;

describe("the audit log viewer", () => {
  let db: Db;
  let close: () => Promise<void>;
  let admin: Session;
  let ids: { admin: string; agent: string; customer: string };
  const list = (input: Record<string, unknown>): Promise<Listed> =>
    createCaller(createContext({ db, session: admin })).audit.list(input as never);
  const actions = (page: Listed) => page.rows.map((row) => row.action);

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db);
    const staff = async (email: string) =>
      (await db.staff.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    const hanako = await db.customer.findUniqueOrThrow({
      where: { email: "hanako@example.jp" },
      select: { id: true },
    });
    ids = {
      admin: await staff("admin@staff.example.jp"),
      agent: await staff("agent.funds@staff.example.jp"),
      customer: hanako.id,
    };
    admin = { kind: "staff", staffId: ids.admin, role: "admin" };
    const entries = [
      // 23:59 JST on the 1st and 00:00 JST on the 2nd: the days are Japan's
      {
        at: jst("2026-11-01 23:59"),
        actorKind: "customer",
        actorId: ids.customer,
        action: "auth.signin.failed",
        objectType: "customer",
        objectId: ids.customer,
      },
      {
        at: jst("2026-11-02 00:00"),
        actorKind: "customer",
        actorId: ids.customer,
        action: "auth.signin.succeeded",
        objectType: "customer",
        objectId: ids.customer,
      },
      {
        at: jst("2026-11-02 10:00"),
        actorKind: "staff",
        actorId: ids.agent,
        action: "customer.pii.revealed",
        objectType: "ticket",
        objectId: "Q-2026-000001",
        data: { field: "email", reason: "本人確認" },
      },
      {
        at: jst("2026-11-02 10:00"),
        actorKind: "staff",
        actorId: ids.agent,
        action: "ticket.status.changed",
        objectType: "ticket",
        objectId: "Q-2026-000001",
      },
      {
        at: jst("2026-11-02 10:00"),
        actorKind: "staff",
        actorId: ids.admin,
        action: "ticket_x.unrelated",
        objectType: "ticket",
        objectId: "Q-2026-000002",
      },
      {
        at: jst("2026-11-03 09:00"),
        actorKind: "staff",
        actorId: ids.admin,
        action: "report.exported",
        objectType: "report",
        objectId: "sla",
      },
      {
        at: jst("2026-11-03 09:30"),
        actorKind: "system",
        actorId: null,
        action: "authx.lookalike",
        objectType: "system",
        objectId: null,
      },
    ] as const;
    for (const entry of entries)
      await recordAudit(db, { ...entry, ip: "198.51.100.9", userAgent: "audit-test" });
  }, 120_000);
  afterAll(async () => close());

  const inNovember = { from: "2026-11-01", to: "2026-11-30" };

  it("lists the newest first, with staff actors named", async () => {
    const page = await list(inNovember);
    expect(actions(page)).toEqual([
      "authx.lookalike",
      "report.exported",
      "ticket_x.unrelated",
      "ticket.status.changed",
      "customer.pii.revealed",
      "auth.signin.succeeded",
      "auth.signin.failed",
    ]);
    const reveal = page.rows.find((row) => row.action === "customer.pii.revealed");
    expect(reveal).toMatchObject({
      actorKind: "staff",
      staff: { email: "agent.funds@staff.example.jp" },
      ip: "198.51.100.9",
      userAgent: "audit-test",
      data: { field: "email", reason: "本人確認" },
    });
    expect(page.rows.find((row) => row.actorKind === "customer")?.staff).toBeNull();
    expect(page.next).toBeNull();
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      "an action prefix (no look-alikes)",
      { action: "auth." },
      ["auth.signin.succeeded", "auth.signin.failed"],
    ],
    ["a prefix with an underscore, taken literally", { action: "ticket_" }, ["ticket_x.unrelated"]],
    ["an exact action", { action: "customer.pii.revealed" }, ["customer.pii.revealed"]],
    [
      "a staff member's address",
      { actor: "Agent.Funds@staff.example.jp" },
      ["ticket.status.changed", "customer.pii.revealed"],
    ],
    ["a customer's address", { actor: "hanako@example.jp" }, ["auth.signin.succeeded", "auth.signin.failed"]],
    ["an unknown address", { actor: "nobody@example.jp" }, []],
    ["not an address at all", { actor: "誰か" }, []],
    ["an actor kind", { actorKind: "system" }, ["authx.lookalike"]],
    [
      "an object",
      { objectType: "ticket", objectId: "Q-2026-000001" },
      ["ticket.status.changed", "customer.pii.revealed"],
    ],
    [
      "a JST day",
      { from: "2026-11-02", to: "2026-11-02" },
      ["ticket_x.unrelated", "ticket.status.changed", "customer.pii.revealed", "auth.signin.succeeded"],
    ],
    ["from a day on", { from: "2026-11-03" }, ["authx.lookalike", "report.exported"]],
    ["up to a day", { to: "2026-11-01" }, ["auth.signin.failed"]],
  ])("filters by %s", async (_case, filter, expected) => {
    const period = "from" in filter || "to" in filter ? {} : inNovember;
    expect(actions(await list({ ...period, ...filter }))).toEqual(expected);
  });

  it("filters by an actor's id", async () => {
    expect(actions(await list({ ...inNovember, actor: ids.admin }))).toEqual([
      "report.exported",
      "ticket_x.unrelated",
    ]);
  });

  it("pages on (time, id) without losing or repeating entries of the same millisecond", async () => {
    const seen: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page: Listed = await list({ ...inNovember, limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.rows.length).toBeLessThanOrEqual(2);
      seen.push(...actions(page));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(actions(await list(inNovember)));
  });

  it("refuses malformed filters", async () => {
    await expect(list({ action: "auth.%" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(list({ cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(list({ limit: 1000 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

/** Source files of the packages and apps, without dependencies, builds and generated code. */
async function sourceFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (["node_modules", ".next", ".turbo", "generated", "dist"].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await sourceFiles(full)));
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) found.push(full);
  }
  return found;
}

describe("the audit log is append-only in the application", () => {
  it("has no procedure that writes to it directly: the viewer only reads", () => {
    for (const [name, root] of Object.entries({ admin: adminRouter, web: webRouter })) {
      const auditProcedures = Object.entries(root._def.procedures).filter(([key]) =>
        key.startsWith("audit."),
      );
      expect(auditProcedures.length, name).toBe(name === "admin" ? 1 : 0);
      for (const [key, procedure] of auditProcedures) {
        expect((procedure as { _def: { type: string } })._def.type, key).toBe("query");
      }
    }
  });

  it("has no code path that updates or deletes an entry", async () => {
    const offending: string[] = [];
    const files = [
      ...(await sourceFiles(path.join(repositoryRoot, "packages"))),
      ...(await sourceFiles(path.join(repositoryRoot, "apps"))),
    ];
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = await readFile(file, "utf8");
      if (
        /auditLog\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/.test(text) ||
        /\b(update\s+"?audit_log|delete\s+from\s+"?audit_log|truncate\s+(table\s+)?"?audit_log)/i.test(text)
      ) {
        offending.push(path.relative(repositoryRoot, file));
      }
    }
    expect(offending).toEqual([]);
  });

  it("is refused by the database if anything tried", async () => {
    const { db, close } = await openTestDb();
    try {
      await recordAudit(db, { actorKind: "system", action: "audit.test", objectType: "system" });
      await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
      await expect(db.auditLog.updateMany({ data: { action: "audit.rewritten" } })).rejects.toThrow(
        /append-only/,
      );
      expect(await db.auditLog.count({ where: { action: "audit.test" } })).toBe(1);
    } finally {
      await close();
    }
  });
});
