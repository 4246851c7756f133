import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context/context";
import { webRouter } from "../root/web-router";
import { SEARCH_INDEX_CHECK_MS } from "../search/search-index-cache";
import { createCallerFactory } from "../trpc/init";

const createCaller = createCallerFactory(webRouter);

describe("help center", () => {
  let db: Db;
  let close: () => Promise<void>;
  let clock = new Date("2026-11-28T03:00:00Z");
  const caller = () => createCaller(createContext({ db, session: null, now: () => clock }));
  const advance = () => {
    clock = new Date(clock.getTime() + SEARCH_INDEX_CHECK_MS + 1);
  };
  const isNotFound = (error: unknown) => error instanceof TRPCError && error.code === "NOT_FOUND";

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, new Date("2026-11-28T00:00:00Z"));
  }, 60_000);
  afterAll(async () => close());

  it("lists the six categories with their article counts, popular and recent articles", async () => {
    const home = await caller().helpCenter.home({ locale: "ja" });
    expect(home.categories.map((c) => c.troubleType)).toEqual([
      "login",
      "trading",
      "funds",
      "system",
      "security",
      "other",
    ]);
    expect(home.categories.every((c) => c.articleCount > 0)).toBe(true);
    expect(home.popular[0]).toMatchObject({ slug: "reset-password", locale: "ja" });
    expect(home.popular).toHaveLength(6);
    const recentDates = home.recent.map((a) => a.updatedAt.getTime());
    expect(recentDates).toEqual([...recentDates].sort((a, b) => b - a));
  });

  it("serves an article in English, and falls back to Japanese where English is missing", async () => {
    const english = await caller().helpCenter.article({ locale: "en", slug: "reset-password" });
    expect(english.article).toMatchObject({ locale: "en", fallback: false, availableLocales: ["en", "ja"] });
    expect(english.article.title).toMatch(/password/i);
    expect(english.related.length).toBeGreaterThan(0);
    expect(english.related.map((a) => a.slug)).not.toContain("reset-password");

    const fallback = await caller().helpCenter.article({ locale: "en", slug: "withdrawal-limits" });
    expect(fallback.article).toMatchObject({
      requestedLocale: "en",
      locale: "ja",
      fallback: true,
      availableLocales: ["ja"],
      troubleType: "funds",
    });
  });

  it("answers NOT_FOUND for an unknown article or category", async () => {
    await expect(caller().helpCenter.article({ locale: "ja", slug: "no-such-article" })).rejects.toSatisfy(
      isNotFound,
    );
    await expect(caller().helpCenter.category({ locale: "ja", slug: "no-such-category" })).rejects.toSatisfy(
      isNotFound,
    );
  });

  it("shows an article once published, and no longer once unpublished, in pages and in search", async () => {
    const category = await db.articleCategory.findUniqueOrThrow({
      where: { slug: "trading" },
      select: { id: true },
    });
    const article = await db.article.create({
      data: {
        slug: "margin-call-explained",
        categoryId: category.id,
        troubleType: "trading",
        status: "draft",
        tags: ["margin"],
        translations: {
          create: {
            locale: "ja",
            title: "追証（マージンコール）が発生したとき",
            summary: "証拠金維持率が下がったときの対処です。",
            body: "## 追証とは\n証拠金維持率が基準を下回ると追証が発生します。",
          },
        },
      },
      select: { id: true },
    });
    const searchFor = async () =>
      (await caller().search.query({ q: "マージンコール", locale: "ja" })).hits.map((hit) => hit.slug);

    await expect(
      caller().helpCenter.article({ locale: "ja", slug: "margin-call-explained" }),
    ).rejects.toSatisfy(isNotFound);
    expect(await searchFor()).not.toContain("margin-call-explained");

    await db.article.update({ where: { id: article.id }, data: { status: "published", publishedAt: clock } });
    advance();
    const published = await caller().helpCenter.article({ locale: "ja", slug: "margin-call-explained" });
    expect(published.article.title).toBe("追証（マージンコール）が発生したとき");
    expect(await searchFor()).toContain("margin-call-explained");
    const trading = await caller().helpCenter.category({ locale: "ja", slug: "trading" });
    expect(trading.articles.map((a) => a.slug)).toContain("margin-call-explained");
    expect((await caller().helpCenter.sitemap()).articles.map((a) => a.slug)).toContain(
      "margin-call-explained",
    );

    await db.article.update({ where: { id: article.id }, data: { status: "archived" } });
    advance();
    await expect(
      caller().helpCenter.article({ locale: "ja", slug: "margin-call-explained" }),
    ).rejects.toSatisfy(isNotFound);
    expect(await searchFor()).not.toContain("margin-call-explained");
    expect((await caller().helpCenter.sitemap()).articles.map((a) => a.slug)).not.toContain(
      "margin-call-explained",
    );
  });

  it("keeps an article scheduled for later out of pages and search until its time", async () => {
    const category = await db.articleCategory.findUniqueOrThrow({
      where: { slug: "security" },
      select: { id: true },
    });
    await db.article.create({
      data: {
        slug: "new-device-approval",
        categoryId: category.id,
        troubleType: "security",
        status: "published",
        publishedAt: new Date(clock.getTime() + 60 * 60 * 1000),
        translations: {
          create: { locale: "ja", title: "新しい端末の承認", summary: "", body: "端末承認の手順です。" },
        },
      },
      select: { id: true },
    });
    advance();
    await expect(
      caller().helpCenter.article({ locale: "ja", slug: "new-device-approval" }),
    ).rejects.toSatisfy(isNotFound);
    expect(
      (await caller().search.query({ q: "端末承認", locale: "ja" })).hits.map((h) => h.slug),
    ).not.toContain("new-device-approval");
    clock = new Date(clock.getTime() + 2 * 60 * 60 * 1000);
    await expect(
      caller().helpCenter.article({ locale: "ja", slug: "new-device-approval" }),
    ).resolves.toBeTruthy();
    expect((await caller().search.query({ q: "端末承認", locale: "ja" })).hits.map((h) => h.slug)).toContain(
      "new-device-approval",
    );
  });

  it("gives the sitemap every public article with its languages, the categories and announcements", async () => {
    const sitemap = await caller().helpCenter.sitemap();
    const bySlug = new Map(sitemap.articles.map((a) => [a.slug, a]));
    expect(bySlug.get("reset-password")?.locales).toEqual(["en", "ja"]);
    expect(bySlug.get("withdrawal-limits")?.locales).toEqual(["ja"]);
    expect(sitemap.categories).toEqual([
      "login-account",
      "trading",
      "deposits-withdrawals",
      "system-status",
      "security",
      "service-general",
    ]);
    expect(sitemap.announcements.map((a) => a.slug).sort()).toEqual([
      "phishing-warning",
      "year-end-support-hours",
    ]);
  });

  it("names the plans with phone support and the categories for the guide", async () => {
    const guide = await caller().helpCenter.guide({ locale: "en" });
    expect(guide.phonePlans).toEqual([{ code: "premium", nameJa: "プレミアム", nameEn: "Premium" }]);
    expect(guide.categories.find((c) => c.troubleType === "funds")?.name).toBe("Deposits & withdrawals");
  });
});
