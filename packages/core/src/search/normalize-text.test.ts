import { describe, expect, it } from "vitest";
import { CharClass, charClass, foldKana, normalizeText, normalizeWithMap } from "./normalize-text";

describe("normalizeText", () => {
  it.each([
    ["full-width Latin", "ＴＸＩＤ", "txid"],
    ["full-width digits and letters", "２ＦＡ", "2fa"],
    ["half-width katakana with voiced marks", "ﾊﾟｽﾜｰﾄﾞ", "ぱすわーど"],
    ["katakana folds to hiragana", "パスワード", "ぱすわーど"],
    ["hiragana stays", "にだんかいにんしょう", "にだんかいにんしょう"],
    ["upper and mixed case", "LoGiN Cannot", "login cannot"],
    ["full-width space and punctuation", "API　エラー！", "api えらー!"],
    ["kanji untouched", "二段階認証", "二段階認証"],
    ["circled digits", "①回目", "1回目"],
    ["ヴ and ヶ fold too", "ヴァ・ヶ月", "ゔぁ・ゖ月"],
  ])("%s: %j -> %j", (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("makes full-width, half-width, katakana and hiragana spellings equal", () => {
    const spellings = ["パスワード", "ﾊﾟｽﾜｰﾄﾞ", "ぱすわーど"];
    expect(new Set(spellings.map(normalizeText)).size).toBe(1);
  });

  it("folds kana one unit for one", () => {
    const text = "ログイン・サインイン ABC";
    expect(foldKana(text)).toHaveLength(text.length);
  });
});

describe("normalizeWithMap", () => {
  it.each(["ﾊﾟｽﾜｰﾄﾞを忘れた", "ＴＸＩＤ（ハッシュ）", "Cannot sign in? ①", "ガ が ｶﾞ", "plain ascii"])(
    "produces the same text as normalizeText for %j",
    (input) => {
      expect(normalizeWithMap(input).text).toBe(normalizeText(input));
    },
  );

  it("maps each normalized character back to its source", () => {
    const { text, starts, ends } = normalizeWithMap("aﾊﾟｽ");
    expect(text).toBe("aぱす");
    expect(Array.from(starts)).toEqual([0, 1, 3]);
    expect(Array.from(ends)).toEqual([1, 3, 4]);
  });
});

describe("charClass", () => {
  it.each([
    ["a", CharClass.word],
    ["7", CharClass.word],
    ["é", CharClass.word],
    ["あ", CharClass.cjk],
    ["ー", CharClass.cjk],
    ["認", CharClass.cjk],
    ["々", CharClass.cjk],
    ["・", CharClass.separator],
    [" ", CharClass.separator],
    ["(", CharClass.separator],
  ])("%j is class %i", (char, expected) => {
    expect(charClass(char.charCodeAt(0))).toBe(expected);
  });
});
