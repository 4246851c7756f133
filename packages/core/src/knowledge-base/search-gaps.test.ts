import { describe, expect, it } from "vitest";
import { rankForRewrite } from "./article-feedback-summary";
import { type SearchGap, searchGapsAnsweredBy } from "./search-gaps";

const gap = (query: string, locale: "ja" | "en" = "ja"): SearchGap => ({
  query,
  locale,
  searches: 3,
  lastSearchedAt: new Date("2026-11-28T00:00:00Z"),
});

describe("search gaps an article answers", () => {
  const article = {
    tags: ["staking"],
    texts: [
      {
        locale: "ja" as const,
        title: "ステーキング報酬の受け取り方",
        summary: "報酬が付与される時期と確認方法",
        body: "## 報酬の確認\n\nステーキング報酬は毎月付与されます。",
      },
      {
        locale: "en" as const,
        title: "Receiving staking rewards",
        summary: "",
        body: "Rewards are paid monthly.",
      },
    ],
  };

  it("keeps the searches its text would now find, in either language, and drops the others", () => {
    const gaps = [
      gap("ステーキング 報酬"),
      gap("staking rewards", "en"),
      gap("レバレッジ手数料"),
      gap("margin call", "en"),
    ];
    expect(searchGapsAnsweredBy(article, gaps).map((g) => g.query)).toEqual([
      "ステーキング 報酬",
      "staking rewards",
    ]);
  });

  it("answers nothing without text or without gaps", () => {
    expect(searchGapsAnsweredBy({ tags: [], texts: [] }, [gap("報酬")])).toEqual([]);
    expect(searchGapsAnsweredBy(article, [])).toEqual([]);
  });
});

describe("articles to rewrite first", () => {
  it("ranks by the lowest helpful share among articles with enough votes", () => {
    const ranked = rankForRewrite([
      { slug: "few-votes", helpful: 0, notHelpful: 2 },
      { slug: "mostly-good", helpful: 9, notHelpful: 1 },
      { slug: "bad", helpful: 1, notHelpful: 4 },
      { slug: "worse-but-less", helpful: 0, notHelpful: 3 },
      { slug: "all-good", helpful: 5, notHelpful: 0 },
    ]);
    expect(ranked.map((a) => a.slug)).toEqual(["worse-but-less", "bad", "mostly-good"]);
  });
});
