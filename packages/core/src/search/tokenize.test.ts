import { describe, expect, it } from "vitest";
import { stemEnglish } from "./english-stem";
import { normalizeText } from "./normalize-text";
import { buildSearchIndex } from "./search-index";
import { search } from "./search";
import { forEachTerm, queryTermsOf, scanTokens } from "./tokenize";

const termsOf = (text: string) => {
  const terms: string[] = [];
  forEachTerm(normalizeText(text), (term) => terms.push(term));
  return terms;
};

describe("scanTokens", () => {
  it("splits Latin words from Japanese runs without needing spaces", () => {
    const tokens = scanTokens(normalizeText("2FAのコードが届かない(SMS)"));
    expect(tokens.map(({ kind, text }) => [kind, text])).toEqual([
      ["word", "2fa"],
      ["cjk", "のこーどが届かない"],
      ["word", "sms"],
    ]);
  });

  it("joins an apostrophe inside a word and keeps offsets in the normalized text", () => {
    const normalized = normalizeText("I can't log in");
    const tokens = scanTokens(normalized);
    expect(tokens.map((token) => token.text)).toEqual(["i", "cant", "log", "in"]);
    const cant = tokens[1];
    expect(cant && normalized.slice(cant.start, cant.end)).toBe("can't");
  });
});

describe("index terms", () => {
  it.each([
    ["bigrams and single kanji of a Japanese run", "出金先", ["出金", "出", "金先", "金", "先"]],
    ["a lone kanji is its own term", "税", ["税"]],
    ["a lone kana is not a term", "を", []],
    ["English words are stemmed, stop words dropped", "My orders were cancelled", ["order", "cancel"]],
    ["numbers are kept", "error 429", ["error", "429"]],
  ])("%s: %j", (_name, text, expected) => {
    expect(termsOf(text)).toEqual(expected);
  });

  it("searches a query expression by its bigrams only", () => {
    expect(queryTermsOf(normalizeText("二段階認証"))).toEqual(["二段", "段階", "階認", "認証"]);
  });
});

describe("stemEnglish", () => {
  it.each([
    ["orders", "order"],
    ["cancelled", "cancel"],
    ["cancel", "cancel"],
    ["locked", "lock"],
    ["trading", "trad"],
    ["trade", "trad"],
    ["fees", "fee"],
    ["address", "address"],
    ["status", "status"],
    ["verified", "verify"],
    ["2fa", "2fa"],
    ["api", "api"],
  ])("%s -> %s", (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});

describe("Japanese without spaces", () => {
  const index = buildSearchIndex([
    {
      id: "reset",
      locale: "ja",
      title: "パスワードを忘れた場合の再設定方法",
      summary: "",
      body: "ログイン画面から再設定できます。",
      tags: [],
      popularity: 0,
    },
    {
      id: "fees",
      locale: "ja",
      title: "手数料について",
      summary: "",
      body: "取引手数料の一覧です。",
      tags: [],
      popularity: 0,
    },
  ]);

  it.each(["パスワード忘れた", "パスワードを忘れた", "パスワード 忘れた", "再設定"])(
    "finds the article for %j",
    (query) => {
      expect(search(index, query, { locale: "ja" }).hits[0]?.id).toBe("reset");
    },
  );
});
