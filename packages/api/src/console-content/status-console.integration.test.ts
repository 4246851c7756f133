import type { Db } from "@madoguchi/db/client/create-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ContentWorld,
  openContentTestBed,
  outcome,
  queuedEmails,
  type RevalidationCatcher,
} from "./content-test-kit";

const HOUR = 3_600_000;

describe("incidents, maintenance and components in the console", () => {
  let db: Db;
  let close: () => Promise<void>;
  let catcher: RevalidationCatcher;
  let world: ContentWorld;
  const seededAt = new Date("2026-11-28T00:00:00Z");
  let clock = new Date(seededAt.getTime() + HOUR);
  const step = (ms = 10 * 60_000) => {
    clock = new Date(clock.getTime() + ms);
  };
  const outbox = () => queuedEmails(db, "status_incident_update");

  beforeAll(async () => {
    ({ db, close, catcher, world } = await openContentTestBed({
      seededAt,
      clock: () => clock,
      subscribers: [
        { email: "watcher@example.jp", locale: "ja" },
        { email: "watcher@example.com", locale: "en" },
        { email: "unconfirmed@example.jp", locale: "ja", unconfirmed: true },
      ],
    }));
  }, 60_000);
  afterAll(() => close());

  let incidentId: string;

  it("opens an incident that the status page, its banner and the subscribers see at once", async () => {
    const input = {
      titleJa: "暗号資産の送金遅延",
      titleEn: "Delayed crypto transfers",
      bodyJa: "暗号資産の送金に遅延が発生しております。原因を調査しております。",
      bodyEn: "Crypto transfers are delayed. We are investigating.",
      components: [{ key: "crypto_transfer", state: "partial_outage" as const }],
    };
    expect(await outcome(world.console("agent").incidents.create(input))).toBe("FORBIDDEN");
    const opened = await world.console("lead").incidents.create(input);
    incidentId = opened.id;
    expect(opened).toMatchObject({ status: "investigating", notified: 2 });
    expect(catcher.calls.length).toBe(1);

    const page = await world.portal().status.page({ locale: "en" });
    expect(page.overall).toBe("partial_outage");
    expect(page.active.map((i) => i.title)).toEqual(["Delayed crypto transfers"]);
    expect(page.components.find((c) => c.key === "crypto_transfer")?.state).toBe("partial_outage");
    expect((await world.portal().status.banner({ locale: "ja" })).map((i) => i.title)).toEqual([
      "暗号資産の送金遅延",
    ]);

    // One step's emails are queued subscriber by subscriber (in id order): compare them by address.
    const queued = await outbox();
    expect(queued.sort((a, b) => a.to.localeCompare(b.to))).toEqual([
      {
        to: "watcher@example.com",
        locale: "en",
        data: expect.objectContaining({ title: "Delayed crypto transfers", status: "Investigating" }),
      },
      {
        to: "watcher@example.jp",
        locale: "ja",
        data: expect.objectContaining({ title: "暗号資産の送金遅延", status: "調査中" }),
      },
    ]);
  });

  it("moves it on with timeline updates under the transition table, changing what it says of components", async () => {
    step();
    const identified = await world.console("lead").incidents.addUpdate({
      incidentId,
      status: "identified",
      bodyJa: "ノードの同期遅延が原因と特定しました。",
      components: [
        { key: "crypto_transfer", state: "major_outage" },
        { key: "api", state: "degraded" },
      ],
    });
    expect(identified).toMatchObject({ status: "identified", notified: 2 });
    expect(
      await outcome(
        world
          .console("lead")
          .incidents.addUpdate({ incidentId, status: "in_progress", bodyJa: "作業中です。" }),
      ),
    ).toBe("CONFLICT");
    expect(
      await outcome(
        world.console("lead").incidents.addUpdate({
          incidentId,
          status: "monitoring",
          bodyJa: "監視中",
          components: [{ key: "api", state: "operational" }],
        }),
      ),
    ).toBe("BAD_REQUEST");

    const page = await world.portal().status.page({ locale: "ja" });
    expect(page.overall).toBe("major_outage");
    expect(page.active[0]?.updates.map((u) => u.status)).toEqual(["identified", "investigating"]);
    expect(page.active[0]?.updates[0]?.body).toBe("ノードの同期遅延が原因と特定しました。");

    const incident = await world.console("lead").incidents.get({ id: incidentId });
    expect(incident.components.map((c) => `${c.key}:${c.state}`)).toEqual([
      "api:degraded",
      "crypto_transfer:major_outage",
    ]);
  });

  it("lets staff set a component's state by hand, shown with what open incidents say", async () => {
    step();
    expect(await outcome(world.console("agent").components.setState({ key: "api", state: "degraded" }))).toBe(
      "FORBIDDEN",
    );
    const changed = await world
      .console("admin")
      .components.setState({ key: "crypto_transfer", state: "degraded" });
    expect(changed).toEqual({ key: "crypto_transfer", state: "degraded", previous: "operational" });
    expect(
      await outcome(world.console("admin").components.setState({ key: "nope", state: "degraded" })),
    ).toBe("NOT_FOUND");
    const components = await world.console("lead").components.list();
    expect(components.find((c) => c.key === "crypto_transfer")?.state).toBe("degraded");
    const page = await world.portal().status.page({ locale: "ja" });
    expect(page.components.find((c) => c.key === "crypto_transfer")?.state).toBe("major_outage");
  });

  it("resolves it: off the banner, into past incidents, components back to operational, subscribers told", async () => {
    step();
    const before = (await outbox()).length;
    const resolved = await world.console("lead").incidents.resolve({
      incidentId,
      bodyJa: "送金は正常に処理されております。ご不便をおかけしました。",
      bodyEn: "Transfers are processed normally again.",
    });
    expect(resolved).toMatchObject({ status: "resolved", notified: 2 });

    const page = await world.portal().status.page({ locale: "ja" });
    expect(page.active).toEqual([]);
    expect(page.past[0]).toMatchObject({ id: incidentId, status: "resolved", resolvedAt: clock });
    expect(page.overall).toBe("operational");
    expect(await world.portal().status.banner({ locale: "ja" })).toEqual([]);
    const components = await world.console("lead").components.list();
    expect(components.find((c) => c.key === "crypto_transfer")?.state).toBe("operational");

    const mail = await outbox();
    expect(mail.length).toBe(before + 2);
    expect(
      mail
        .slice(-2)
        .map((m) => (m.data as { status: string }).status)
        .sort(),
    ).toEqual(["Resolved", "解決済み"]);
    expect(
      await outcome(
        world.console("lead").incidents.addUpdate({ incidentId, status: "monitoring", bodyJa: "再発" }),
      ),
    ).toBe("CONFLICT");

    const audit = await db.auditLog.findMany({
      where: { objectType: "incident", objectId: incidentId },
      orderBy: { id: "asc" },
      select: { action: true, data: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["incident.opened", "incident.updated", "incident.updated"]);
    expect(audit[2]?.data).toMatchObject({
      from: "identified",
      to: "resolved",
      restored: ["crypto_transfer"],
    });
  });

  it("runs a maintenance from scheduled through in progress to completed, on the page and in the mail", async () => {
    step();
    const window = {
      scheduledStart: new Date(clock.getTime() + 2 * HOUR),
      scheduledEnd: new Date(clock.getTime() + 4 * HOUR),
    };
    expect(
      await outcome(
        world.console("lead").maintenance.create({
          titleJa: "逆順",
          bodyJa: "終了が開始より前",
          scheduledStart: window.scheduledEnd,
          scheduledEnd: window.scheduledStart,
          componentKeys: [],
        }),
      ),
    ).toBe("BAD_REQUEST");
    const { id } = await world.console("lead").maintenance.create({
      titleJa: "取引システムのメンテナンス",
      titleEn: "Trading system maintenance",
      bodyJa: "取引を一時停止いたします。",
      ...window,
      componentKeys: ["trading"],
    });
    const phase = async () => {
      const page = await world.portal().status.page({ locale: "ja" });
      return (["active", "upcoming", "past"] as const).find((key) => page[key].some((i) => i.id === id));
    };
    expect(await phase()).toBe("upcoming");

    step(2 * HOUR);
    await world.console("lead").maintenance.start({ incidentId: id, bodyJa: "メンテナンスを開始しました。" });
    expect(await phase()).toBe("active");
    const page = await world.portal().status.page({ locale: "ja" });
    expect(page.components.find((c) => c.key === "trading")?.state).toBe("maintenance");
    expect(await outcome(world.console("lead").incidents.resolve({ incidentId: id, bodyJa: "解決" }))).toBe(
      "CONFLICT",
    );

    step(HOUR);
    const done = await world
      .console("lead")
      .maintenance.complete({ incidentId: id, bodyJa: "完了しました。" });
    expect(done).toMatchObject({ status: "completed", notified: 2 });
    expect(await phase()).toBe("past");
    const statuses = (await outbox())
      .filter((m) => m.locale === "ja")
      .map((m) => (m.data as { status: string }).status);
    expect(statuses.slice(-3)).toEqual(["予定", "実施中", "完了"]);
  });

  it("lists open ones first and finds only what exists", async () => {
    const list = await world.console("lead").incidents.list({});
    expect(list.length).toBeGreaterThanOrEqual(4);
    const open = await world.console("lead").incidents.list({ open: true });
    expect(open.every((i) => i.status !== "resolved" && i.status !== "completed")).toBe(true);
    expect(await outcome(world.console("agent").incidents.list({}))).toBe("FORBIDDEN");
    expect(
      await outcome(world.console("lead").incidents.get({ id: "00000000-0000-4000-8000-000000000001" })),
    ).toBe("NOT_FOUND");
  });
});
