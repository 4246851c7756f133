import type { Db } from "@madoguchi/db/client/create-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ContentWorld, openContentDb } from "./content-test-kit";

describe("feedback and unanswered searches, to direct writing", () => {
  let db: Db;
  let close: () => Promise<void>;
  let world: ContentWorld;
  const clock = new Date("2026-11-28T03:00:00Z");

  beforeAll(async () => {
    ({ db, close, world } = await openContentDb({ seededAt: clock, clock: () => clock }));
    // Readers search the portal: some searches find nothing.
    for (const q of ["ステーキング報酬", "ステーキング報酬", "ステーキング報酬", "zzqxv", "パスワード"]) {
      await world.portal().search.query({ q, locale: "ja" });
    }
    await world.portal().search.query({ q: "airdrop", locale: "en" });
    const article = async (slug: string) =>
      (await db.article.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    const vote = (articleId: string, helpful: boolean, reason: string | null, n: number) => ({
      articleId,
      locale: "ja" as const,
      helpful,
      reason,
      clientKey: `reader-${n}`,
      createdAt: new Date(clock.getTime() - n * 60_000),
    });
    const reset = await article("reset-password");
    const phishing = await article("phishing-scams");
    await db.articleFeedback.createMany({
      data: [
        vote(reset, true, null, 1),
        vote(reset, false, "手順の画面が今と違います", 2),
        vote(reset, false, null, 3),
        vote(reset, false, null, 4),
        vote(phishing, true, null, 5),
        vote(phishing, true, null, 6),
        vote(phishing, false, "具体例がほしい", 7),
      ],
    });
  }, 60_000);
  afterAll(async () => close());

  it("shows the searches that found nothing, the articles to rewrite first and the latest reasons", async () => {
    const overview = await world.console("agent").contentInsights.overview({ days: 30 });
    expect(overview.searches).toEqual({ searches: 6, withoutResult: 5, ledToInquiry: 0 });
    expect(overview.gaps.map((g) => [g.query, g.locale, g.searches])).toEqual([
      ["ステーキング報酬", "ja", 3],
      ["airdrop", "en", 1],
      ["zzqxv", "ja", 1],
    ]);
    expect(overview.votes).toEqual({ helpful: 3, notHelpful: 4 });
    expect(overview.toRewrite.map((a) => [a.slug, a.helpful, a.notHelpful])).toEqual([
      ["reset-password", 1, 3],
      ["phishing-scams", 2, 1],
    ]);
    expect(overview.reasons.map((r) => [r.slug, r.reason])).toEqual([
      ["reset-password", "手順の画面が今と違います"],
      ["phishing-scams", "具体例がほしい"],
    ]);
  });

  it("shows an article's votes and reasons, and which unanswered searches its draft would answer", async () => {
    const reset = await db.article.findUniqueOrThrow({
      where: { slug: "reset-password" },
      select: { id: true },
    });
    const insights = await world.console("agent").contentInsights.article({ articleId: reset.id, days: 30 });
    expect(insights.votes).toMatchObject({ helpful: 1, notHelpful: 3, ratio: 0.25 });
    expect(insights.reasons.map((r) => r.reason)).toEqual(["手順の画面が今と違います"]);
    expect(insights.answersGaps).toEqual([]);

    const { id } = await world.console("agent").articles.save({
      slug: "staking-rewards",
      categorySlug: "deposits-withdrawals",
      troubleType: "funds",
      tags: ["staking"],
      ja: { title: "ステーキング報酬について", summary: "", body: "報酬は毎月付与されます。" },
      en: { title: "About staking rewards and airdrops", summary: "", body: "Rewards are paid monthly." },
    });
    const draft = await world.console("agent").contentInsights.article({ articleId: id, days: 30 });
    expect(draft.answersGaps.map((g) => [g.query, g.searches])).toEqual([
      ["ステーキング報酬", 3],
      ["airdrop", 1],
    ]);
    expect(draft.votes).toEqual({ helpful: 0, notHelpful: 0, ratio: null, byLocale: [] });
  });
});
