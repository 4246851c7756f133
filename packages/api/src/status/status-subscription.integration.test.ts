import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context/context";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";
import { notifyStatusSubscribers } from "./notify-status-subscribers";

const createCaller = createCallerFactory(webRouter);
const HOUR = 60 * 60 * 1000;

const tokenOf = (url: string) => new URL(url).searchParams.get("token") ?? "";

describe("status subscription: double opt-in and one-click unsubscribe", () => {
  let db: Db;
  let close: () => Promise<void>;
  let clock = new Date("2026-11-28T03:00:00Z");
  let ip = 1;
  const caller = () =>
    createCaller(
      createContext({
        db,
        session: null,
        headers: new Headers({ "x-forwarded-for": `192.0.2.${ip}` }),
        now: () => clock,
      }),
    );
  const outbox = (to: string) =>
    db.emailOutbox.findMany({
      where: { to },
      orderBy: { createdAt: "asc" },
      select: { template: true, locale: true, data: true },
    });
  const urls = (data: unknown) => data as { confirmUrl: string; unsubscribeUrl: string };

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, clock);
  }, 60_000);
  afterAll(async () => close());

  it("stores an unconfirmed subscriber and queues a confirmation email with hashed tokens only", async () => {
    await expect(
      caller().status.subscribe({ email: " Ｙｕｋｉ@Example.JP ", locale: "en" }),
    ).resolves.toEqual({ accepted: true });
    const subscriber = await db.statusSubscription.findUniqueOrThrow({
      where: { email: "Yuki@example.jp" },
      select: { confirmedAt: true, locale: true, unsubscribeTokenHash: true },
    });
    expect(subscriber).toMatchObject({ confirmedAt: null, locale: "en" });

    const [mail, ...rest] = await outbox("Yuki@example.jp");
    expect(rest).toEqual([]);
    expect(mail).toMatchObject({ template: "status_subscription_confirm", locale: "en" });
    const { confirmUrl, unsubscribeUrl } = urls(mail?.data);
    expect(confirmUrl).toMatch(
      /^http:\/\/localhost:3000\/en\/status\/subscription\/confirm\?token=[\w-]{43}$/,
    );
    expect(unsubscribeUrl).toMatch(/^http:\/\/localhost:3000\/en\/status\/unsubscribe\?token=[\w-]{43}$/);

    const stored = await db.authToken.findMany({
      where: { purpose: "status_subscription", email: "Yuki@example.jp" },
      select: { tokenHash: true },
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toBe(tokenOf(confirmUrl));
    expect(subscriber.unsubscribeTokenHash).not.toBe(tokenOf(unsubscribeUrl));
  });

  it("confirms once with the emailed token, then refuses the same token", async () => {
    const [mail] = await outbox("Yuki@example.jp");
    const token = tokenOf(urls(mail?.data).confirmUrl);
    expect(await caller().status.confirmSubscription({ token })).toEqual({
      status: "confirmed",
      locale: "en",
    });
    expect(await caller().status.confirmSubscription({ token })).toEqual({ status: "invalid" });
    const subscriber = await db.statusSubscription.findUniqueOrThrow({
      where: { email: "Yuki@example.jp" },
      select: { confirmedAt: true },
    });
    expect(subscriber.confirmedAt).toEqual(clock);

    await caller().status.subscribe({ email: "yuki@example.jp", locale: "en" });
    expect(await outbox("Yuki@example.jp")).toHaveLength(1);
  });

  it("refuses an expired confirmation link", async () => {
    await caller().status.subscribe({ email: "late@example.jp", locale: "ja" });
    const [mail] = await outbox("late@example.jp");
    clock = new Date(clock.getTime() + 49 * HOUR);
    expect(
      await caller().status.confirmSubscription({ token: tokenOf(urls(mail?.data).confirmUrl) }),
    ).toEqual({
      status: "invalid",
    });
  });

  it("sends no more confirmation emails to one address than its limit, answering the same", async () => {
    ip = 50;
    for (let i = 0; i < 5; i += 1) {
      await expect(caller().status.subscribe({ email: "again@example.jp", locale: "ja" })).resolves.toEqual({
        accepted: true,
      });
    }
    expect(await outbox("again@example.jp")).toHaveLength(3);
  });

  it("refuses a client that subscribes too often", async () => {
    ip = 60;
    for (let i = 0; i < 10; i += 1)
      await caller().status.subscribe({ email: `p${i}@example.jp`, locale: "ja" });
    await expect(caller().status.subscribe({ email: "p10@example.jp", locale: "ja" })).rejects.toSatisfy(
      (error: unknown) => error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS",
    );
  });

  it("emails an incident update to confirmed subscribers only, each with a working unsubscribe link", async () => {
    const incident = await db.incident.create({
      data: {
        kind: "incident",
        status: "identified",
        titleJa: "APIの接続エラー",
        titleEn: "API connection errors",
        startedAt: clock,
        updates: {
          create: { status: "identified", bodyJa: "原因を特定しました。", bodyEn: "We found the cause." },
        },
      },
      select: { id: true },
    });
    const before = await db.emailOutbox.count({ where: { template: "status_incident_update" } });
    expect(await notifyStatusSubscribers(db, { incidentId: incident.id })).toEqual({ enqueued: 1 });
    const sent = await db.emailOutbox.findMany({
      where: { template: "status_incident_update" },
      select: { to: true, locale: true, data: true },
    });
    expect(sent).toHaveLength(before + 1);
    expect(sent[0]).toMatchObject({
      to: "Yuki@example.jp",
      locale: "en",
      data: {
        title: "API connection errors",
        status: "Identified",
        body: "We found the cause.",
        statusUrl: "http://localhost:3000/en/status",
      },
    });
    const unsubscribeUrl = (sent[0]?.data as { unsubscribeUrl: string }).unsubscribeUrl;
    const [confirmMail] = await outbox("Yuki@example.jp");
    expect(unsubscribeUrl).toBe(urls(confirmMail?.data).unsubscribeUrl);

    expect(await caller().status.unsubscribe({ token: tokenOf(unsubscribeUrl) })).toEqual({
      status: "unsubscribed",
      locale: "en",
    });
    expect(
      await db.statusSubscription.findUnique({ where: { email: "Yuki@example.jp" }, select: { id: true } }),
    ).toBe(null);
    expect(await caller().status.unsubscribe({ token: tokenOf(unsubscribeUrl) })).toEqual({
      status: "invalid",
    });
    expect(await notifyStatusSubscribers(db, { incidentId: incident.id })).toEqual({ enqueued: 0 });
  });
});
