import type { Db } from "@madoguchi/db/client/create-client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SEARCH_INDEX_CHECK_MS } from "../search/search-index-cache";
import { type ContentWorld, openContentTestBed, outcome, type RevalidationCatcher } from "./content-test-kit";

const SECRET = "articles-test-revalidate-secret";

describe("knowledge base in the console", () => {
  let db: Db;
  let close: () => Promise<void>;
  let catcher: RevalidationCatcher;
  let world: ContentWorld;
  let clock = new Date("2026-11-28T03:00:00Z");
  /** Moves time on past the search index's freshness check, as minutes pass between steps. */
  const later = (ms = SEARCH_INDEX_CHECK_MS + 1_000) => {
    clock = new Date(clock.getTime() + ms);
  };
  const search = async (q: string) =>
    (await world.portal().search.query({ q, locale: "ja" })).hits.map((hit) => hit.slug);

  const draft = {
    slug: "staking-rewards",
    categorySlug: "deposits-withdrawals",
    troubleType: "funds" as const,
    tags: ["staking"],
    ja: {
      title: "ステーキング報酬が付与されない",
      summary: "報酬の付与日と確認方法",
      body: "## 付与日\n\nステーキング報酬は毎月5日に付与されます。\n\n## 確認方法\n\n取引履歴をご確認ください。",
    },
  };

  /** The article's settings alone: a save without a language's text keeps that text. */
  const { ja: _ja, ...settings } = draft;

  beforeAll(async () => {
    ({ db, close, catcher, world } = await openContentTestBed({
      seededAt: clock,
      clock: () => clock,
      env: { REVALIDATE_SECRET: SECRET },
    }));
  }, 60_000);
  afterAll(() => close());

  let articleId: string;

  it("lets an agent write a draft and submit it for review, but not publish it", async () => {
    const saved = await world.console("agent").articles.save(draft);
    articleId = saved.id;
    expect(saved.revisions).toEqual([{ locale: "ja", number: 1 }]);

    const article = await world.console("agent").articles.get({ id: articleId });
    expect(article).toMatchObject({
      slug: "staking-rewards",
      status: "draft",
      category: { slug: "deposits-withdrawals", nameJa: "入出金", nameEn: "Deposits & withdrawals" },
      working: { ja: { number: 1, title: draft.ja.title, author: "鈴木 健太" } },
      translations: { en: "missing" },
      actions: ["save", "submit_for_review"],
    });
    expect(await outcome(world.console("agent").articles.publish({ id: articleId }))).toBe("FORBIDDEN");
    expect(
      await outcome(
        world
          .console("agent")
          .articles.schedule({ id: articleId, at: new Date(clock.getTime() + 3_600_000) }),
      ),
    ).toBe("FORBIDDEN");

    const submitted = await world.console("agent").articles.submitForReview({ id: articleId });
    expect(submitted.status).toBe("review");
    later();
    expect(await search("ステーキング報酬")).not.toContain("staking-rewards");
    expect(await outcome(world.portal().helpCenter.article({ locale: "ja", slug: "staking-rewards" }))).toBe(
      "NOT_FOUND",
    );
    expect(catcher.calls).toEqual([]);
  });

  it("publishes for a lead: the portal's search and article page show it, and the pages are revalidated", async () => {
    const published = await world.console("lead").articles.publish({ id: articleId });
    expect(published).toEqual({ id: articleId, status: "published", scheduledAt: null });
    expect(catcher.calls).toEqual([{ secret: SECRET, body: "{}" }]);

    later();
    expect(await search("ステーキング報酬")).toContain("staking-rewards");
    const page = await world.portal().helpCenter.article({ locale: "ja", slug: "staking-rewards" });
    expect(page.article.body).toContain("毎月5日");

    const audit = await db.auditLog.findMany({
      where: { objectType: "article", objectId: articleId },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["article.created", "article.submitted", "article.published"]);
    expect(audit[2]?.actorId).toBe(world.ids.lead);
  });

  it("keeps a saved change to a published article away from readers until a publisher publishes it", async () => {
    const before = await world.console("agent").articles.get({ id: articleId });
    later(60_000);
    const saved = await world.console("agent").articles.save({
      ...draft,
      id: articleId,
      ja: { ...draft.ja, body: draft.ja.body.replace("毎月5日", "毎月10日") },
      baseRevisions: { ja: before.working.ja?.number ?? null, en: null },
    });
    expect(saved.revisions).toEqual([{ locale: "ja", number: 2 }]);

    const article = await world.console("lead").articles.get({ id: articleId });
    expect(article.status).toBe("published");
    expect(article.unpublishedLocales).toEqual(["ja"]);
    expect(article.actions).toContain("publish");
    const flagged = await world.console("agent").articles.list({ flag: "unpublished_changes" });
    expect(flagged.map((a) => a.slug)).toEqual(["staking-rewards"]);

    const page = await world.portal().helpCenter.article({ locale: "ja", slug: "staking-rewards" });
    expect(page.article.body).toContain("毎月5日");

    await world.console("lead").articles.publish({ id: articleId });
    const republished = await world.portal().helpCenter.article({ locale: "ja", slug: "staking-rewards" });
    expect(republished.article.body).toContain("毎月10日");
    expect(await outcome(world.console("lead").articles.publish({ id: articleId }))).toBe("CONFLICT");
  });

  it("refuses a save over someone else's newer revision, and a new slug once published", async () => {
    expect(
      await outcome(
        world.console("agent").articles.save({ ...draft, id: articleId, baseRevisions: { ja: 1, en: null } }),
      ),
    ).toBe("CONFLICT");
    expect(
      await outcome(
        world.console("lead").articles.save({ ...draft, id: articleId, slug: "staking-rewards-2" }),
      ),
    ).toBe("CONFLICT");
    expect(
      await outcome(
        world.console("agent").articles.save({ ...draft, id: articleId, tags: ["staking", "reward"] }),
      ),
    ).toBe("FORBIDDEN");
    expect(await outcome(world.console("agent").articles.save({ ...draft, slug: "reset-password" }))).toBe(
      "CONFLICT",
    );
  });

  it("flags English that is older than Japanese, and clears the flag when English is updated", async () => {
    const english = {
      title: "Staking rewards not received",
      summary: "",
      body: "Rewards are paid on the 10th.",
    };
    await world.console("agent").articles.save({ ...settings, id: articleId, en: english });
    later(60_000);
    await world.console("agent").articles.save({
      ...draft,
      id: articleId,
      ja: {
        ...draft.ja,
        body: `${draft.ja.body.replace("毎月5日", "毎月10日")}\n\n## 注意\n\n税金にご注意ください。`,
      },
    });
    expect((await world.console("agent").articles.get({ id: articleId })).translations).toEqual({
      en: "stale",
    });
    const stale = await world.console("agent").articles.list({ flag: "translation_stale" });
    expect(stale.map((a) => a.slug)).toEqual(["staking-rewards"]);

    later(60_000);
    await world.console("agent").articles.save({
      ...settings,
      id: articleId,
      en: { ...english, body: `${english.body} Mind the tax.` },
    });
    expect((await world.console("agent").articles.get({ id: articleId })).translations).toEqual({
      en: "current",
    });
  });

  it("lists revisions, diffs them line by line and restores an old one as the newest", async () => {
    const revisions = await world.console("agent").articles.revisions({ articleId, locale: "ja" });
    expect(revisions.map((r) => r.number)).toEqual([3, 2, 1]);
    expect(revisions[0]?.author).toBe("鈴木 健太");
    const first = revisions[2];
    if (!first) throw new Error("no first revision");

    const diff = await world.console("agent").articles.diff({ articleId, from: first.id });
    expect(diff).toMatchObject({
      locale: "ja",
      from: { number: 1 },
      to: { number: 3 },
      title: null,
      summary: null,
    });
    expect(diff.stats).toEqual({ added: 5, removed: 1 });
    const changed = diff.hunks.flatMap((h) => h.lines).filter((l) => l.op !== "equal");
    expect(changed.map((l) => `${l.op} ${l.text}`)).toEqual([
      "delete ステーキング報酬は毎月5日に付与されます。",
      "insert ステーキング報酬は毎月10日に付与されます。",
      "insert ",
      "insert ## 注意",
      "insert ",
      "insert 税金にご注意ください。",
    ]);

    const english = await world.console("agent").articles.revisions({ articleId, locale: "en" });
    expect(
      await outcome(world.console("agent").articles.diff({ articleId, from: first.id, to: english[0]?.id })),
    ).toBe("BAD_REQUEST");

    const restored = await world.console("agent").articles.restore({ articleId, revisionId: first.id });
    expect(restored.revisions).toEqual([{ locale: "ja", number: 4 }]);
    const article = await world.console("agent").articles.get({ id: articleId });
    expect(article.working.ja?.body).toBe(draft.ja.body);
    expect(await outcome(world.console("agent").articles.restore({ articleId, revisionId: first.id }))).toBe(
      "CONFLICT",
    );

    // Another article's revision is not found through this one.
    const other = await db.articleRevision.findFirstOrThrow({
      where: { article: { slug: "reset-password" } },
      select: { id: true },
    });
    expect(await outcome(world.console("agent").articles.restore({ articleId, revisionId: other.id }))).toBe(
      "NOT_FOUND",
    );
  });

  it("takes an unpublished article out of search and off its page, and archives it", async () => {
    await world.console("lead").articles.publish({ id: articleId });
    later();
    expect(await search("ステーキング報酬")).toContain("staking-rewards");

    const calls = catcher.calls.length;
    expect(await outcome(world.console("agent").articles.unpublish({ id: articleId }))).toBe("FORBIDDEN");
    expect((await world.console("lead").articles.unpublish({ id: articleId })).status).toBe("draft");
    expect(catcher.calls.length).toBe(calls + 1);
    later();
    expect(await search("ステーキング報酬")).not.toContain("staking-rewards");
    expect(await outcome(world.portal().helpCenter.article({ locale: "ja", slug: "staking-rewards" }))).toBe(
      "NOT_FOUND",
    );
    // Unpublishing takes the newest text along: the console now shows what was waiting.
    const article = await world.console("agent").articles.get({ id: articleId });
    expect(article.live.ja?.body).toBe(article.working.ja?.body);

    expect((await world.console("admin").articles.archive({ id: articleId })).status).toBe("archived");
    expect(await outcome(world.console("agent").articles.save({ ...draft, id: articleId }))).toBe("CONFLICT");
    expect((await world.console("lead").articles.returnToDraft({ id: articleId })).status).toBe("draft");
  });

  it("publishes even when the portal cannot be told, and logs it", async () => {
    catcher.answer(500);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const result = await world.console("lead").articles.publish({ id: articleId });
      expect(result.status).toBe("published");
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/portal revalidation \(article published\) .* answered 500/),
      );
    } finally {
      catcher.answer(200);
      warn.mockRestore();
    }
    later();
    expect(await search("ステーキング報酬")).toContain("staking-rewards");
  });

  it("lists articles by status, category and words", async () => {
    const all = await world.console("agent").articles.list({});
    expect(all.length).toBeGreaterThan(30);
    expect(all[0]?.slug).toBe("staking-rewards");
    const byWords = await world.console("agent").articles.list({ q: "ステーキング" });
    expect(byWords.map((a) => a.slug)).toEqual(["staking-rewards"]);
    const drafts = await world.console("agent").articles.list({ status: "draft" });
    expect(drafts).toEqual([]);
    const categories = await world.console("agent").articles.categories();
    expect(categories.map((c) => c.slug)).toContain("deposits-withdrawals");
    expect(
      await outcome(world.console("agent").articles.get({ id: "00000000-0000-4000-8000-000000000001" })),
    ).toBe("NOT_FOUND");
  });
});
