import { randomBytes } from "node:crypto";
import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleWorld, type ConsoleWorld, fileTicket } from "../console/console-test-kit";
import { createContext } from "../context/context";
import { fileInquiry } from "../inquiry/file-inquiry";

/** A Friday morning in Tokyo: business hours run on to 18:00, then the weekend. */
const NOW = new Date("2026-11-27T10:00:00+09:00");
const jst = (local: string) => new Date(`${local}+09:00`).toISOString();

describe("console settings", () => {
  let db: Db;
  let close: () => Promise<void>;
  let world: ConsoleWorld;
  const admin = () => world.console("admin").settings;
  const lead = () => world.console("fundsLead").settings;

  /** Files a 入出金 inquiry as 山田 花子 through the real filing function. */
  async function fileDeposit() {
    const form = new Map(
      Object.entries({
        type: "funds",
        subtype: "jpy_deposit_missing",
        locale: "ja",
        formKey: randomBytes(12).toString("base64url"),
        occurredAt: "2026-11-27T09:15",
        amount: "50,000",
        description: "11月27日9時ごろ、ゆうちょ銀行から50,000円を振り込みましたが、まだ反映されていません。",
      }),
    );
    const ctx = createContext({
      db,
      session: { kind: "customer", customerId: world.ids.customer },
      now: () => NOW,
    });
    const result = await fileInquiry(ctx, { form, attachments: [] });
    if (result.status !== "filed") throw new Error(`not filed: ${result.status}`);
    return result.receipt;
  }

  async function refusedWith(pending: Promise<unknown>, code: TRPCError["code"], key: string) {
    const error: unknown = await pending.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe(code);
    expect((error as TRPCError).message).toBe(key);
  }

  const auditActions = async () =>
    (
      await db.auditLog.findMany({
        where: { action: { startsWith: "settings." } },
        orderBy: { id: "asc" },
        select: { action: true },
      })
    ).map((row) => row.action);

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
    world = await consoleWorld(db, () => NOW);
  }, 60_000);
  afterAll(async () => close());

  it("seeds the demo macros into the table", async () => {
    const { macros } = await admin().macros.list();
    expect(macros.map((m) => m.key)).toEqual(
      expect.arrayContaining(["funds_deposit_slip", "thanks_investigating"]),
    );
    expect(macros.find((m) => m.key === "thanks_investigating")?.team).toBe("all");
  });

  describe("teams", () => {
    it("adds and removes a member, audited with before and after", async () => {
      const member = { team: "trading" as const, staffId: world.ids.fundsAgent };
      expect(await admin().teams.addMember(member)).toEqual({ changed: true });
      expect(await admin().teams.addMember(member)).toEqual({ changed: false });
      let trading = (await admin().teams.list()).teams.find((t) => t.key === "trading");
      expect(trading?.members).toContainEqual(
        expect.objectContaining({ id: world.ids.fundsAgent, role: "agent", available: true }),
      );
      expect(await admin().teams.removeMember(member)).toEqual({ changed: true });
      trading = (await admin().teams.list()).teams.find((t) => t.key === "trading");
      expect(trading?.members.map((m) => m.id)).not.toContain(world.ids.fundsAgent);
      const entry = await db.auditLog.findFirst({
        where: { action: "settings.team.member.remove" },
        select: { actorId: true, data: true },
      });
      expect(entry).toEqual({
        actorId: world.ids.admin,
        data: {
          before: { team: "trading", staffId: world.ids.fundsAgent, member: true },
          after: { team: "trading", staffId: world.ids.fundsAgent, member: false },
        },
      });
    });

    it("turns round-robin assignment on and off", async () => {
      expect(await admin().teams.setAutoAssign({ team: "funds", autoAssign: true })).toEqual({
        changed: true,
      });
      expect((await admin().teams.list()).teams.find((t) => t.key === "funds")?.autoAssign).toBe(true);
      await admin().teams.setAutoAssign({ team: "funds", autoAssign: false });
      expect(await auditActions()).toEqual(
        expect.arrayContaining(["settings.team.autoAssign.update", "settings.team.member.add"]),
      );
    });

    it("refuses a member who does not exist", async () => {
      await refusedWith(
        admin().teams.addMember({ team: "funds", staffId: "00000000-0000-4000-8000-000000000009" }),
        "NOT_FOUND",
        "staff.notFound",
      );
    });
  });

  describe("SLA and calendars change the deadlines of new inquiries", () => {
    it("uses the default policy and calendar until they are set", async () => {
      const receipt = await fileDeposit();
      expect(receipt).toMatchObject({ teamKey: "funds", priority: "normal" });
      // Eight business hours from 10:00 on a 9:00–18:00 day.
      expect(receipt.firstResponseDueAt).toBe(jst("2026-11-27T18:00:00"));
      const sla = await admin().sla.get();
      expect(sla.rows).toHaveLength(8);
      expect(sla.rows.every((row) => row.isDefault)).toBe(true);
    });

    it("applies a stored SLA target", async () => {
      await admin().sla.update({
        targets: [
          { tier: "standard", priority: "normal", firstResponseMinutes: 120, resolutionMinutes: 600 },
        ],
      });
      const row = (await admin().sla.get()).rows.find(
        (r) => r.tier === "standard" && r.priority === "normal",
      );
      expect(row).toMatchObject({ firstResponseMinutes: 120, resolutionMinutes: 600, isDefault: false });
      expect((await fileDeposit()).firstResponseDueAt).toBe(jst("2026-11-27T12:00:00"));
      const entry = await db.auditLog.findFirst({
        where: { action: "settings.sla.update" },
        select: { data: true },
      });
      expect(entry?.data).toMatchObject({
        before: { standard: { normal: { firstResponseMinutes: 480 } } },
        after: { standard: { normal: { firstResponseMinutes: 120, resolutionMinutes: 600 } } },
      });
    });

    it("applies a window's stored business hours", async () => {
      const { teams } = await admin().teams.list();
      const funds = teams.find((t) => t.key === "funds");
      if (!funds) throw new Error("no funds window");
      const calendar = {
        ...funds.calendar,
        opensAt: "09:00",
        closesAt: "11:00",
        closedDates: ["2026-12-24"],
      };
      await admin().teams.updateCalendar({ team: "funds", calendar });
      expect((await admin().teams.list()).teams.find((t) => t.key === "funds")?.calendar).toEqual(calendar);
      // 10:00–11:00 on Friday, then 9:00–10:00 on Monday.
      expect((await fileDeposit()).firstResponseDueAt).toBe(jst("2026-11-30T10:00:00"));
    });

    it("refuses hours that close before they open, with a message key, and changes nothing", async () => {
      const before = (await admin().teams.list()).teams.find((t) => t.key === "funds")?.calendar;
      if (!before) throw new Error("no funds window");
      const audited = (await auditActions()).length;
      await refusedWith(
        admin().teams.updateCalendar({
          team: "funds",
          calendar: { ...before, opensAt: "12:00", closesAt: "10:00" },
        }),
        "BAD_REQUEST",
        "settings.calendar.closesAt.beforeOpening",
      );
      await refusedWith(
        admin().sla.update({
          targets: [{ tier: "standard", priority: "high", firstResponseMinutes: 600, resolutionMinutes: 60 }],
        }),
        "BAD_REQUEST",
        "settings.sla.resolution.beforeFirstResponse",
      );
      expect((await admin().teams.list()).teams.find((t) => t.key === "funds")?.calendar).toEqual(before);
      expect(
        (await admin().sla.get()).rows.find((r) => r.priority === "high" && r.tier === "standard")?.isDefault,
      ).toBe(true);
      expect(await auditActions()).toHaveLength(audited);
    });

    it("has no business hours to set for a window open around the clock", async () => {
      const funds = (await admin().teams.list()).teams.find((t) => t.key === "funds");
      if (!funds) throw new Error("no funds window");
      await refusedWith(
        admin().teams.updateCalendar({ team: "security", calendar: funds.calendar }),
        "CONFLICT",
        "settings.calendar.alwaysOpen",
      );
    });
  });

  describe("routing overrides", () => {
    it("sends a new inquiry where the override says, and stops when it is removed", async () => {
      const saved = await admin().routing.save({
        type: "funds",
        subtype: "jpy_deposit_missing",
        team: "trading",
        priority: "high",
      });
      expect(await admin().routing.list()).toEqual([
        expect.objectContaining({ id: saved.id, team: "trading" }),
      ]);
      const routed = await fileDeposit();
      expect(routed).toMatchObject({ teamKey: "trading", priority: "high" });
      const ticket = await db.ticket.findUniqueOrThrow({
        where: { number: routed.number },
        select: { priority: true, team: { select: { key: true } } },
      });
      expect(ticket).toEqual({ priority: "high", team: { key: "trading" } });

      await admin().routing.remove({ id: saved.id });
      expect(await admin().routing.list()).toEqual([]);
      expect(await fileDeposit()).toMatchObject({ teamKey: "funds", priority: "normal" });
      expect(await auditActions()).toEqual(
        expect.arrayContaining(["settings.routing.create", "settings.routing.delete"]),
      );
    });

    it.each([
      [{ type: "security" as const, team: "general" as const }, "settings.routing.team.fixed"],
      [{ type: "security" as const, priority: "low" as const }, "settings.routing.priority.fixed"],
      [
        { type: "funds" as const, subtype: "order_not_filled", team: "trading" as const },
        "settings.routing.subtype.unknown",
      ],
    ])("refuses %j with %s and saves nothing", async (rule, key) => {
      await refusedWith(admin().routing.save(rule), "BAD_REQUEST", key);
      expect(await admin().routing.list()).toEqual([]);
    });
  });

  describe("macros", () => {
    const refund = {
      key: "funds_refund_notice",
      team: "funds" as const,
      title: "返金手続きのご案内",
      body: "{{name}}\n\n受付番号 {{ticketNumber}} の返金手続きを開始いたしました。\n\n{{window}}",
      status: "resolved" as const,
      position: 1,
    };

    it("shows a new macro of the window in its tickets' reply composer, and hides it when deactivated", async () => {
      const created = await admin().macros.create(refund);
      const { number } = await fileTicket(db, {
        customerId: world.ids.customer,
        contactEmail: "hanako@example.jp",
        now: NOW,
      });
      const view = await world.console("fundsAgent").ticket.get({ number });
      const offered = view.macros.find((m) => m.key === refund.key);
      expect(offered).toMatchObject({ title: refund.title, status: "resolved" });
      expect(offered?.body).toContain(`受付番号 ${number}`);
      expect(offered?.body).toContain("{{name}}");
      expect(view.macros.findIndex((m) => m.key === refund.key)).toBeLessThan(
        view.macros.findIndex((m) => m.team === "all"),
      );

      await admin().macros.setActive({ id: created.id, active: false });
      const after = await world.console("fundsAgent").ticket.get({ number });
      expect(after.macros.map((m) => m.key)).not.toContain(refund.key);
      await admin().macros.setActive({ id: created.id, active: true });
      expect(await auditActions()).toEqual(
        expect.arrayContaining(["settings.macro.create", "settings.macro.update"]),
      );
    });

    it("lets a lead manage their own window's macros only", async () => {
      const { macros, teams } = await lead().macros.list();
      expect(teams).toEqual(["funds"]);
      expect(macros.length).toBeGreaterThan(0);
      expect(macros.every((m) => m.team === "funds")).toBe(true);

      const own = await lead().macros.create({
        ...refund,
        key: "funds_lead_macro",
        title: "リーダーの定型文",
      });
      await lead().macros.update({ ...refund, id: own.id, key: own.key, title: "リーダーの定型文（改）" });

      const trading = (await admin().macros.list()).macros.find((m) => m.key === "trading_history_check");
      const shared = (await admin().macros.list()).macros.find((m) => m.key === "thanks_investigating");
      if (!trading || !shared) throw new Error("no demo macros");
      const { id: _id, updatedAt: _at, ...tradingValues } = trading;
      await refusedWith(
        lead().macros.update({ ...tradingValues, id: trading.id, title: "乗っ取り" }),
        "NOT_FOUND",
        "settings.macro.notFound",
      );
      await refusedWith(
        lead().macros.setActive({ id: shared.id, active: false }),
        "NOT_FOUND",
        "settings.macro.notFound",
      );
      await refusedWith(
        lead().macros.create({ ...refund, key: "lead_trading_macro", team: "trading" }),
        "FORBIDDEN",
        "settings.macro.forbidden",
      );
      await refusedWith(
        lead().macros.create({ ...refund, key: "lead_shared_macro", team: "all" }),
        "FORBIDDEN",
        "settings.macro.forbidden",
      );
      await refusedWith(
        lead().macros.update({ ...refund, id: own.id, key: own.key, team: "trading" }),
        "FORBIDDEN",
        "settings.macro.forbidden",
      );
      const untouched = (await admin().macros.list()).macros.find((m) => m.id === trading.id);
      expect(untouched?.title).toBe(trading.title);
      expect(
        await db.macro.count({ where: { key: { in: ["lead_trading_macro", "lead_shared_macro"] } } }),
      ).toBe(0);
    });

    it("refuses a body with an unknown placeholder and a key in use", async () => {
      await refusedWith(
        admin().macros.create({
          ...refund,
          key: "bad_placeholder",
          body: "{{password}} をお知らせください。",
        }),
        "BAD_REQUEST",
        "settings.macro.body.unknownPlaceholder",
      );
      await refusedWith(admin().macros.create(refund), "CONFLICT", "settings.macro.key.taken");
      expect(await db.macro.count({ where: { key: "bad_placeholder" } })).toBe(0);
    });

    it("gives agents nothing of settings", async () => {
      const agent = world.console("fundsAgent").settings;
      await expect(agent.macros.list()).rejects.toSatisfy(
        (e: unknown) => e instanceof TRPCError && e.code === "FORBIDDEN",
      );
      await expect(agent.teams.list()).rejects.toSatisfy(
        (e: unknown) => e instanceof TRPCError && e.code === "FORBIDDEN",
      );
    });
  });
});
