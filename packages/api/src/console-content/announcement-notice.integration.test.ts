import type { Db } from "@madoguchi/db/client/create-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifyDueAnnouncements } from "./announcement-actions";
import {
  type ContentWorld,
  openContentTestBed,
  queuedEmails,
  type RevalidationCatcher,
} from "./content-test-kit";

describe("publishing an announcement with an email to the subscribers", () => {
  let db: Db;
  let close: () => Promise<void>;
  let catcher: RevalidationCatcher;
  let world: ContentWorld;
  const start = new Date("2026-11-28T03:00:00Z");
  let clock = start;
  const mails = () => queuedEmails(db, "announcement_published", "address");

  beforeAll(async () => {
    ({ db, close, catcher, world } = await openContentTestBed({
      seededAt: start,
      clock: () => clock,
      subscribers: [
        { email: "reader@example.jp", locale: "ja" },
        { email: "reader@example.com", locale: "en" },
        { email: "pending@example.jp", locale: "ja", unconfirmed: true },
      ],
    }));
  }, 60_000);
  afterAll(() => close());

  it("emails confirmed subscribers once, in their language, with the page and a one-click unsubscribe", async () => {
    const { id } = await world.console("lead").announcements.save({
      slug: "year-end-hours",
      titleJa: "年末年始のサポート体制について",
      titleEn: "Support over the year-end holidays",
      bodyJa: "## ご案内\n\n12月31日から1月3日まで、**電話サポート**をお休みいたします。",
      bodyEn: "Phone support is closed from 31 December to 3 January.",
    });
    const published = await world.console("lead").announcements.publish({ id, notifySubscribers: true });
    expect(published).toMatchObject({ state: "published", notified: 2 });

    const sent = await mails();
    expect(sent.map((m) => m.to)).toEqual(["reader@example.com", "reader@example.jp"]);
    expect(sent[1]).toMatchObject({
      locale: "ja",
      data: {
        title: "年末年始のサポート体制について",
        excerpt: "ご案内 12月31日から1月3日まで、電話サポートをお休みいたします。",
        announcementUrl: `${catcher.url}/announcements/year-end-hours`,
        unsubscribeUrl: expect.stringContaining(`${catcher.url}/status/unsubscribe?token=`),
      },
    });
    expect(sent[0]).toMatchObject({
      locale: "en",
      data: {
        title: "Support over the year-end holidays",
        announcementUrl: `${catcher.url}/en/announcements/year-end-hours`,
        unsubscribeUrl: expect.stringContaining(`${catcher.url}/en/status/unsubscribe?token=`),
      },
    });
    expect((await world.console("lead").announcements.get({ id })).notifiedAt).toEqual(start);

    // Taken down and put up again: nobody is emailed twice.
    clock = new Date(start.getTime() + 60_000);
    await world.console("lead").announcements.unpublish({ id });
    expect(await world.console("lead").announcements.publish({ id, notifySubscribers: true })).toMatchObject({
      notified: 0,
    });
    expect(await mails()).toHaveLength(2);
    const audit = await db.auditLog.findMany({
      where: { objectId: id, action: "announcement.published" },
      orderBy: { at: "asc" },
      select: { data: true },
    });
    expect(audit.map((a) => a.data)).toEqual([
      expect.objectContaining({ subscribersNotified: 2 }),
      expect.objectContaining({ subscribersNotified: 0 }),
    ]);
  });

  it("falls back to Japanese for English readers, and sends nothing unless asked", async () => {
    const { id } = await world.console("lead").announcements.save({
      slug: "maintenance-notice-jp",
      titleJa: "ログイン画面の変更について",
      bodyJa: "ログイン画面のデザインを変更いたしました。",
    });
    await world.console("lead").announcements.publish({ id });
    expect((await mails()).filter((m) => m.data && JSON.stringify(m.data).includes("ログイン画面"))).toEqual(
      [],
    );
    expect((await world.console("lead").announcements.get({ id })).notifiedAt).toBeNull();

    const { id: second } = await world.console("lead").announcements.save({
      slug: "login-screen-en-fallback",
      titleJa: "本人確認書類の受付について",
      bodyJa: "本人確認書類の受付方法を変更いたします。",
    });
    await world.console("lead").announcements.publish({ id: second, notifySubscribers: true });
    const english = (await mails()).find(
      (m) => m.locale === "en" && JSON.stringify(m.data).includes("login-screen-en-fallback"),
    );
    expect(english?.data).toMatchObject({ title: "本人確認書類の受付について" });
  });

  const titled = async (slug: string) =>
    (await mails()).filter((m) => JSON.stringify(m.data).includes(`/announcements/${slug}`));

  it("emails the subscribers of a scheduled announcement when it goes up, once, not before", async () => {
    const lead = world.console("lead");
    const { id } = await lead.announcements.save({
      slug: "scheduled-with-email",
      titleJa: "予約公開のお知らせ",
      bodyJa: "本文です。",
    });
    const at = new Date(clock.getTime() + 3_600_000);
    expect(await lead.announcements.publish({ id, at, notifySubscribers: true })).toMatchObject({
      state: "scheduled",
      notified: 0,
      notifyScheduled: true,
    });
    expect(await lead.announcements.get({ id })).toMatchObject({ notifyRequested: true, notifiedAt: null });

    // Before its time the scheduler sends nothing: the link would lead nowhere yet.
    expect(await notifyDueAnnouncements(db, new Date(at.getTime() - 1))).toEqual({ announcements: 0 });
    expect(await titled("scheduled-with-email")).toEqual([]);

    const revalidations = catcher.calls.length;
    const due = new Date(at.getTime() + 1_000);
    // Two app instances run the scheduler at once: one of them sends, once.
    const runs = await Promise.all([notifyDueAnnouncements(db, due), notifyDueAnnouncements(db, due)]);
    expect(runs.map((run) => run.announcements).sort()).toEqual([0, 1]);
    expect((await titled("scheduled-with-email")).map((m) => m.to)).toEqual([
      "reader@example.com",
      "reader@example.jp",
    ]);
    expect(await lead.announcements.get({ id })).toMatchObject({ notifyRequested: false, notifiedAt: due });
    expect(catcher.calls.length).toBeGreaterThan(revalidations);
    expect(
      await db.auditLog.findMany({
        where: { objectId: id, action: "announcement.subscribersNotified" },
        select: { actorKind: true, data: true },
      }),
    ).toEqual([{ actorKind: "system", data: { subscribersNotified: 2 } }]);

    expect(await notifyDueAnnouncements(db, new Date(due.getTime() + 60_000))).toEqual({ announcements: 0 });
    expect(await titled("scheduled-with-email")).toHaveLength(2);
  });

  it("withdraws the email when the announcement is rescheduled or taken down without it", async () => {
    const lead = world.console("lead");
    const { id } = await lead.announcements.save({
      slug: "withdrawn-email",
      titleJa: "取り下げたメール通知",
      bodyJa: "本文です。",
    });
    const at = new Date(clock.getTime() + 3_600_000);
    await lead.announcements.publish({ id, at, notifySubscribers: true });
    expect(await lead.announcements.publish({ id, at: new Date(at.getTime() + 60_000) })).toMatchObject({
      notifyScheduled: false,
    });
    expect((await lead.announcements.get({ id })).notifyRequested).toBe(false);

    await lead.announcements.publish({ id, at, notifySubscribers: true });
    await lead.announcements.unpublish({ id });
    expect((await lead.announcements.get({ id })).notifyRequested).toBe(false);

    expect(await notifyDueAnnouncements(db, new Date(at.getTime() + 3_600_000))).toEqual({
      announcements: 0,
    });
    expect(await titled("withdrawn-email")).toEqual([]);
  });
});
