import { createClient, type Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context/context";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";
import { currentSearchIndex, SEARCH_INDEX_CHECK_MS } from "./search-index-cache";

const createCaller = createCallerFactory(webRouter);

describe("help-center search on the server", () => {
  let db: Db;
  let other: Db;
  let close: () => Promise<void>;
  let clock = new Date("2026-11-28T03:00:00Z");
  const caller = (client: Db = db) =>
    createCaller(createContext({ db: client, session: null, now: () => clock }));
  const logged = () =>
    db.searchQueryLog.findMany({
      orderBy: { id: "asc" },
      select: { query: true, locale: true, resultCount: true, searchSessionId: true, ledToInquiry: true },
    });

  beforeAll(async () => {
    const test = await openTestDb();
    db = test.db;
    // A second app instance: its own client, pool and index, on the same database.
    other = createClient({ url: test.url, poolSize: 1 });
    close = async () => {
      await other.$disconnect();
      await test.close();
    };
    await seedDemo(db, clock);
  }, 60_000);
  afterAll(async () => close());

  it("finds articles the way customers type and highlights the match", async () => {
    const result = await caller().search.query({ q: "パスワード忘れた", locale: "ja" });
    expect(result.hits[0]).toMatchObject({
      slug: "reset-password",
      troubleType: "login",
      categorySlug: "login-account",
    });
    expect(result.hits[0]?.title.some((segment) => segment.match)).toBe(true);
    expect(result.popular).toEqual([]);

    const suggestions = await caller().search.suggest({ q: "パスワ", locale: "ja" });
    expect(suggestions.map((s) => s.slug)).toContain("reset-password");
  });

  it("logs each first page of results without personal data, and marks a session that filed an inquiry", async () => {
    await db.searchQueryLog.deleteMany();
    const session = "tab-5d1c0b7e9a2f4c11";
    await caller().search.query({ q: "出金できない", locale: "ja", sessionId: session });
    await caller().search.query({ q: "出金できない", locale: "ja", sessionId: session, offset: 10 });
    await caller().search.query({ q: "hanako@example.jp に届かない 09012345678", locale: "ja" });
    const none = await caller().search.query({ q: "zzqxv", locale: "en" });
    expect(none.total).toBe(0);
    expect(none.popular.length).toBeGreaterThan(0);

    expect(await logged()).toEqual([
      {
        query: "出金できない",
        locale: "ja",
        resultCount: expect.any(Number),
        searchSessionId: session,
        ledToInquiry: false,
      },
      {
        query: "[email] に届かない [number]",
        locale: "ja",
        resultCount: expect.any(Number),
        searchSessionId: null,
        ledToInquiry: false,
      },
      { query: "zzqxv", locale: "en", resultCount: 0, searchSessionId: null, ledToInquiry: false },
    ]);
    expect((await logged())[0]?.resultCount).toBeGreaterThan(0);

    expect(await caller().search.markInquiry({ sessionId: session })).toEqual({ marked: 1 });
    expect((await logged()).map((row) => row.ledToInquiry)).toEqual([true, false, false]);
  });

  it("follows a publish on every instance within the check interval, with no restart", async () => {
    const query = async (client: Db) =>
      (await caller(client).search.query({ q: "ステーキング報酬", locale: "ja" })).hits.map((h) => h.slug);
    expect(await query(db)).not.toContain("staking-rewards");
    expect(await query(other)).not.toContain("staking-rewards");

    const category = await db.articleCategory.findUniqueOrThrow({
      where: { slug: "service-general" },
      select: { id: true },
    });
    await db.article.create({
      data: {
        slug: "staking-rewards",
        categoryId: category.id,
        troubleType: "other",
        status: "published",
        publishedAt: clock,
        translations: {
          create: {
            locale: "ja",
            title: "ステーキング報酬の受け取り",
            summary: "",
            body: "報酬は毎月付与されます。",
          },
        },
      },
      select: { id: true },
    });
    const before = await currentSearchIndex(other, clock);
    expect(before.articles.has("staking-rewards")).toBe(false);

    clock = new Date(clock.getTime() + SEARCH_INDEX_CHECK_MS + 1);
    expect(await query(db)).toContain("staking-rewards");
    expect(await query(other)).toContain("staking-rewards");
    const after = await currentSearchIndex(other, clock);
    expect(after.version).not.toBe(before.version);
    expect(await currentSearchIndex(other, clock)).toBe(after);
  });

  it("follows an edit of an article's text even when its update time is left as it was", async () => {
    const query = async () =>
      (await caller().search.query({ q: "zephyrium", locale: "ja" })).hits.map((h) => h.slug);
    expect(await query()).not.toContain("staking-rewards");
    const article = await db.article.findUniqueOrThrow({
      where: { slug: "staking-rewards" },
      select: { id: true },
    });
    await db.$executeRaw`UPDATE article_translation SET body = '報酬は zephyrium トークンで受け取れます。'
      WHERE article_id = ${article.id}::uuid AND locale = 'ja'`;
    clock = new Date(clock.getTime() + SEARCH_INDEX_CHECK_MS + 1);
    expect(await query()).toContain("staking-rewards");
  });
});
