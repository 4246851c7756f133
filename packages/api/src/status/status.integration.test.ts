import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context/context";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";

const createCaller = createCallerFactory(webRouter);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe("status page", () => {
  let db: Db;
  let close: () => Promise<void>;
  const seededAt = new Date("2026-11-28T00:00:00Z");
  let clock = new Date(seededAt.getTime() + HOUR);
  const caller = () => createCaller(createContext({ db, session: null, now: () => clock }));

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, seededAt);
  }, 60_000);
  afterAll(async () => close());

  it("shows every component operational, the resolved incident as past and the maintenance as upcoming", async () => {
    const page = await caller().status.page({ locale: "ja" });
    expect(page.components.map((c) => c.key)).toEqual([
      "web",
      "app",
      "api",
      "trading",
      "jpy_deposit",
      "jpy_withdrawal",
      "crypto_transfer",
    ]);
    expect(page.overall).toBe("operational");
    expect(page.active).toEqual([]);
    expect(page.upcoming.map((i) => i.title)).toEqual(["定期メンテナンスのお知らせ（全サービス）"]);
    expect(page.past.map((i) => i.title)).toEqual(["日本円入金（銀行振込）の反映遅延"]);
    expect(page.past[0]?.updates.map((u) => u.status)).toEqual(["resolved", "identified", "investigating"]);
    expect(await caller().status.banner({ locale: "ja" })).toEqual([]);
  });

  it("shows an open incident as active, on its components, in the banner and in English", async () => {
    const component = await db.statusComponent.findUniqueOrThrow({
      where: { key: "crypto_transfer" },
      select: { id: true },
    });
    const incident = await db.incident.create({
      data: {
        kind: "incident",
        status: "investigating",
        titleJa: "暗号資産の送金遅延",
        titleEn: "Delayed crypto transfers",
        startedAt: clock,
        createdAt: clock,
        components: { create: { componentId: component.id, state: "partial_outage" } },
        updates: {
          create: {
            status: "investigating",
            bodyJa: "原因を調査しております。",
            bodyEn: "We are investigating.",
            createdAt: clock,
          },
        },
      },
      select: { id: true },
    });

    const page = await caller().status.page({ locale: "en" });
    expect(page.overall).toBe("partial_outage");
    expect(page.components.find((c) => c.key === "crypto_transfer")).toEqual({
      key: "crypto_transfer",
      name: "Crypto deposits & withdrawals",
      state: "partial_outage",
    });
    expect(page.active).toMatchObject([
      { id: incident.id, title: "Delayed crypto transfers", updates: [{ body: "We are investigating." }] },
    ]);
    expect(await caller().status.banner({ locale: "ja" })).toEqual([
      { id: incident.id, kind: "incident", status: "investigating", title: "暗号資産の送金遅延" },
    ]);

    await db.incident.update({ where: { id: incident.id }, data: { status: "resolved", resolvedAt: clock } });
    expect(await caller().status.banner({ locale: "ja" })).toEqual([]);
    expect((await caller().status.page({ locale: "ja" })).overall).toBe("operational");
  });

  it("moves the maintenance to active in its window and keeps past incidents for 90 days only", async () => {
    clock = new Date(seededAt.getTime() + 5 * DAY + HOUR);
    const during = await caller().status.page({ locale: "ja" });
    expect(during.active.map((i) => i.kind)).toEqual(["maintenance"]);
    expect(during.components.find((c) => c.key === "web")?.state).toBe("maintenance");
    expect((await caller().status.banner({ locale: "ja" })).map((i) => i.kind)).toEqual(["maintenance"]);

    clock = new Date(seededAt.getTime() + 80 * DAY);
    expect((await caller().status.page({ locale: "ja" })).past.map((i) => i.title)).toContain(
      "日本円入金（銀行振込）の反映遅延",
    );
    clock = new Date(seededAt.getTime() + 95 * DAY);
    expect((await caller().status.page({ locale: "ja" })).past.map((i) => i.title)).not.toContain(
      "日本円入金（銀行振込）の反映遅延",
    );
  });

  it("feeds the newest incidents with their timelines, in the reader's language", async () => {
    const feed = await caller().status.feed({ locale: "en" });
    const titles = feed.map((i) => i.title);
    expect(titles).toEqual(
      expect.arrayContaining(["Delayed JPY bank-transfer deposits", "Scheduled maintenance (all services)"]),
    );
    const deposit = feed.find((i) => i.title === "Delayed JPY bank-transfer deposits");
    expect(deposit?.updates.map((u) => u.body)).toEqual([
      "All delayed deposits have been credited. We apologise for the inconvenience.",
      "The cause is a delay at a partner bank.",
      "Deposits from some banks are delayed. We are investigating.",
    ]);
  });

  it("lists announcements pinned first and shows one by slug", async () => {
    const list = await caller().announcements.list({ locale: "ja" });
    expect(list.map((a) => a.slug)).toEqual(["year-end-support-hours", "phishing-warning"]);
    const english = await caller().announcements.bySlug({ locale: "en", slug: "phishing-warning" });
    expect(english).toMatchObject({ locale: "en", title: "Beware of phishing emails impersonating us" });
  });
});
