import { describe, expect, it } from "vitest";
import { buildSearchIndex, type SearchDocument } from "./search-index";
import { search } from "./search";

const doc = (id: string, fields: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  locale: "ja",
  title: "お知らせ",
  summary: "",
  body: "",
  tags: [],
  popularity: 0,
  ...fields,
});

const ids = (index: ReturnType<typeof buildSearchIndex>, query: string, locale: "ja" | "en" = "ja") =>
  search(index, query, { locale }).hits.map((hit) => hit.id);

describe("ranking", () => {
  it.each([
    [
      "title over body",
      { title: "メンテナンスのお知らせ" },
      { body: "メンテナンスの予定をお知らせします。" },
    ],
    ["title over summary", { title: "メンテナンスのお知らせ" }, { summary: "メンテナンスについて" }],
    ["summary over body", { summary: "メンテナンスについて" }, { body: "メンテナンスについて" }],
    ["tags over body", { tags: ["メンテナンス"] }, { body: "メンテナンスについて" }],
    [
      "English title over body",
      { locale: "en", title: "Scheduled maintenance" },
      { locale: "en", body: "Scheduled maintenance" },
    ],
  ] satisfies [string, Partial<SearchDocument>, Partial<SearchDocument>][])(
    "%s",
    (_name, winner: Partial<SearchDocument>, loser) => {
      const index = buildSearchIndex([doc("loser", loser), doc("winner", winner)]);
      const locale = winner.locale ?? "ja";
      expect(ids(index, locale === "en" ? "maintenance" : "メンテナンス", locale)).toEqual([
        "winner",
        "loser",
      ]);
    },
  );

  it("prefers the article matching every word over one matching a single word often", () => {
    const index = buildSearchIndex([
      doc("often", { title: "出金について", body: "出金、出金、出金の手順です。" }),
      doc("both", { title: "出金の上限額", body: "上限の確認方法です。" }),
    ]);
    expect(ids(index, "出金 上限")[0]).toBe("both");
  });

  it("breaks near-ties by popularity, and only near-ties", () => {
    const index = buildSearchIndex([
      doc("quiet", { title: "手数料について", popularity: 1 }),
      doc("popular", { title: "手数料について", popularity: 100 }),
      doc("relevant", { title: "手数料", popularity: 0 }),
      doc("weak", {
        body: "手数料は別のページをご覧ください。長い本文が続きます。".repeat(5),
        popularity: 100,
      }),
    ]);
    const order = ids(index, "手数料");
    expect(order.indexOf("popular")).toBeLessThan(order.indexOf("quiet"));
    expect(order.indexOf("relevant")).toBeLessThan(order.indexOf("weak"));
  });

  it("does not match a word whose bigrams are only scattered (サイト in ください…いと)", () => {
    const index = buildSearchIndex([
      doc("scattered", { title: "ご確認ください", body: "できないときはお問い合わせください。" }),
      doc("site", { title: "サイトに接続できない" }),
    ]);
    expect(ids(index, "サイト")).toEqual(["site"]);
  });
});

describe("languages", () => {
  const index = buildSearchIndex([
    doc("fees", { title: "手数料について" }),
    doc("fees", { locale: "en", title: "About fees" }),
    doc("limits", { title: "出金の上限額" }),
  ]);

  it("shows the version in the reader's language", () => {
    expect(search(index, "手数料", { locale: "en" }).hits[0]).toMatchObject({ id: "fees", locale: "en" });
    expect(search(index, "fees", { locale: "ja" }).hits[0]).toMatchObject({ id: "fees", locale: "ja" });
  });

  it("falls back to the other language for an article the reader's language lacks", () => {
    expect(search(index, "出金 上限", { locale: "en" }).hits[0]).toMatchObject({
      id: "limits",
      locale: "ja",
    });
  });

  it("lists an article once, whatever the language that matched", () => {
    expect(ids(index, "fee 手数料", "en")).toEqual(["fees"]);
  });
});

describe("search results", () => {
  const index = buildSearchIndex(
    Array.from({ length: 12 }, (_, n) =>
      doc(`notice-${n}`, { title: `メンテナンスのお知らせ ${n}`, popularity: n }),
    ),
  );

  it("pages with offset and limit and counts every result", () => {
    const first = search(index, "メンテナンス", { locale: "ja", limit: 5 });
    const second = search(index, "メンテナンス", { locale: "ja", limit: 5, offset: 5 });
    expect(first.total).toBe(12);
    expect(first.hits).toHaveLength(5);
    expect(second.hits).toHaveLength(5);
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.id)).size).toBe(10);
  });

  it("reports the normalized terms it searched", () => {
    expect(search(index, "ﾒﾝﾃﾅﾝｽ いつ", { locale: "ja" }).terms).toEqual(["めんてなんす"]);
  });

  it.each(["", "   ", "！？", "の"])("returns nothing for %j", (query) => {
    expect(search(index, query, { locale: "ja" })).toEqual({ total: 0, hits: [], terms: [] });
  });
});
