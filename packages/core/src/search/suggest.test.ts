import { describe, expect, it } from "vitest";
import { buildSearchIndex, type SearchDocument } from "./search-index";
import { suggest } from "./suggest";

const doc = (id: string, locale: "ja" | "en", title: string, popularity = 0, body = ""): SearchDocument => ({
  id,
  locale,
  title,
  summary: "",
  body,
  tags: [],
  popularity,
});

const index = buildSearchIndex([
  doc("reset-password", "ja", "パスワードを忘れた場合の再設定方法", 98),
  doc("reset-password", "en", "Forgot your password? How to reset it", 98),
  doc("staff", "ja", "当社スタッフがパスワードを尋ねることはありません", 60),
  doc("staff", "en", "Our staff will never ask for your password", 60),
  doc("cannot-log-in", "ja", "ログインできない・サインインできないときの確認事項", 95),
  doc("limits", "ja", "出金・送金の上限額について", 52, "上限額の確認と引き上げの方法です。"),
  doc("withdrawal", "ja", "日本円の出金が拒否された", 88),
]);

const titles = (prefix: string, locale: "ja" | "en" = "ja", limit?: number) =>
  suggest(index, prefix, { locale, ...(limit === undefined ? {} : { limit }) }).map((suggestion) =>
    suggestion.title.map((segment) => segment.text).join(""),
  );

describe("suggest", () => {
  it.each([
    ["パスワ", "パスワードを忘れた場合の再設定方法"],
    ["ﾊﾟｽﾜ", "パスワードを忘れた場合の再設定方法"],
    ["ぱすわ", "パスワードを忘れた場合の再設定方法"],
    ["ログイン でき", "ログインできない・サインインできないときの確認事項"],
    ["サインイン", "ログインできない・サインインできないときの確認事項"],
  ])("%j suggests %j first", (prefix, title) => {
    expect(titles(prefix)[0]).toBe(title);
  });

  it("puts titles starting with the text before titles containing it", () => {
    expect(titles("パスワード")).toEqual([
      "パスワードを忘れた場合の再設定方法",
      "当社スタッフがパスワードを尋ねることはありません",
    ]);
  });

  it("completes the last word as a prefix when no title contains the text", () => {
    expect(titles("forgot passw", "en")[0]).toBe("Forgot your password? How to reset it");
  });

  it("falls back to a full search (synonyms included)", () => {
    expect(titles("引き出し")).toContain("日本円の出金が拒否された");
  });

  it("prefers the reader's language and lists an article once", () => {
    const suggestions = suggest(index, "password", { locale: "en" });
    expect(suggestions.map((suggestion) => [suggestion.id, suggestion.locale])).toEqual([
      ["reset-password", "en"],
      ["staff", "en"],
    ]);
  });

  it("marks what was typed in the title", () => {
    const [first] = suggest(index, "拒否", { locale: "ja" });
    expect(first?.title).toEqual([
      { text: "日本円の出金が", match: false },
      { text: "拒否", match: true },
      { text: "された", match: false },
    ]);
  });

  it("respects the limit and returns nothing for nothing typed", () => {
    expect(titles("の", "ja", 1)).toHaveLength(1);
    expect(titles("   ")).toEqual([]);
  });
});
