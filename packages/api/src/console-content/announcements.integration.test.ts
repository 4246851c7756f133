import type { Db } from "@madoguchi/db/client/create-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ContentWorld, openContentTestBed, outcome, type RevalidationCatcher } from "./content-test-kit";

const DAY = 86_400_000;

describe("announcements in the console", () => {
  let db: Db;
  let close: () => Promise<void>;
  let catcher: RevalidationCatcher;
  let world: ContentWorld;
  const start = new Date("2026-11-28T03:00:00Z");
  let clock = start;
  const portalSlugs = async (locale: "ja" | "en" = "ja") =>
    (await world.portal().announcements.list({ locale })).map((a) => a.slug);

  const notice = {
    slug: "new-listing-sol",
    titleJa: "ソラナ（SOL）の取扱開始",
    bodyJa: "12月1日よりソラナ（SOL）の取扱いを開始いたします。",
  };

  beforeAll(async () => {
    ({ db, close, catcher, world } = await openContentTestBed({ seededAt: start, clock: () => clock }));
  }, 60_000);
  afterAll(() => close());

  let id: string;

  it("keeps a draft off the portal until a lead publishes it, then shows it and refreshes the pages", async () => {
    expect(await outcome(world.console("agent").announcements.save(notice))).toBe("FORBIDDEN");
    ({ id } = await world.console("lead").announcements.save(notice));
    expect(await portalSlugs()).not.toContain(notice.slug);
    expect(catcher.calls).toEqual([]);
    const listed = await world.console("lead").announcements.list();
    expect(listed[0]).toMatchObject({ id, state: "draft", publishedAt: null });
    expect(await world.console("lead").announcements.get({ id })).toMatchObject({
      ...notice,
      state: "draft",
    });
    expect(await outcome(world.console("agent").announcements.get({ id }))).toBe("FORBIDDEN");

    const published = await world.console("lead").announcements.publish({ id });
    expect(published).toEqual({
      id,
      publishedAt: start,
      state: "published",
      notified: 0,
      notifyScheduled: false,
    });
    expect(catcher.calls.length).toBe(1);
    expect(await portalSlugs()).toContain(notice.slug);
    expect(await world.portal().announcements.bySlug({ locale: "en", slug: notice.slug })).toMatchObject({
      title: notice.titleJa,
      locale: "ja",
    });
  });

  it("edits a published one in place (English added, pinned) but keeps its slug", async () => {
    await world.console("admin").announcements.save({
      ...notice,
      id,
      titleEn: "Solana (SOL) listing",
      bodyEn: "We list Solana (SOL) from December 1.",
      pinned: true,
    });
    expect(catcher.calls.length).toBe(2);
    const english = await world.portal().announcements.list({ locale: "en" });
    expect(english[0]).toMatchObject({ slug: notice.slug, title: "Solana (SOL) listing", pinned: true });
    expect(await outcome(world.console("lead").announcements.save({ ...notice, id, slug: "renamed" }))).toBe(
      "CONFLICT",
    );
    expect(
      await outcome(world.console("lead").announcements.save({ ...notice, slug: "phishing-warning" })),
    ).toBe("CONFLICT");
    expect(
      await outcome(world.console("lead").announcements.save({ ...notice, id, titleEn: "Only a title" })),
    ).toBe("BAD_REQUEST");
  });

  it("takes one off the portal and schedules one for later", async () => {
    await world.console("lead").announcements.unpublish({ id });
    expect(await portalSlugs()).not.toContain(notice.slug);
    expect(await outcome(world.console("lead").announcements.unpublish({ id }))).toBe("CONFLICT");

    const at = new Date(start.getTime() + 2 * DAY);
    const scheduled = await world.console("lead").announcements.publish({ id, at });
    expect(scheduled.state).toBe("scheduled");
    expect(await portalSlugs()).not.toContain(notice.slug);
    clock = new Date(at.getTime() + 1);
    expect(await portalSlugs()).toContain(notice.slug);

    const audit = await db.auditLog.findMany({
      where: { objectType: "announcement", objectId: id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "announcement.created",
      "announcement.published",
      "announcement.saved",
      "announcement.unpublished",
      "announcement.published",
    ]);
    expect(
      await outcome(
        world.console("lead").announcements.publish({ id: "00000000-0000-4000-8000-000000000001" }),
      ),
    ).toBe("NOT_FOUND");
  });
});
