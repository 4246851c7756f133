import { describe, expect, it } from "vitest";
import { analyzeQuery } from "./analyze-query";
import { buildSearchIndex, type SearchDocument } from "./search-index";
import { search } from "./search";
import { compileSynonyms, synonymGroups } from "./synonyms";

const doc = (id: string, locale: "ja" | "en", title: string, body = ""): SearchDocument => ({
  id,
  locale,
  title,
  summary: "",
  body,
  tags: [],
  popularity: 0,
});

const index = buildSearchIndex([
  doc("two-factor", "ja", "二段階認証ができない", "認証アプリのコードを入力できないときの対処です。"),
  doc("withdraw", "ja", "日本円の出金が拒否された", "出金先口座の名義をご確認ください。"),
  doc("login", "ja", "ログインできないときの確認事項", "表示されるメッセージごとの対処です。"),
  doc("txid", "ja", "トランザクションIDの確認方法", "送金履歴の詳細に表示されます。"),
  doc("deposit", "ja", "日本円の入金が反映されない", "銀行振込の確認事項です。"),
  doc("password", "ja", "パスワードの再設定", "ログイン画面から再設定できます。"),
  doc("takeover", "ja", "乗っ取りが疑われるとき", "すぐにパスワードを変更してください。"),
  doc("fees", "ja", "手数料について", "取引と出金の料率です。"),
  doc("withdraw", "en", "My JPY withdrawal was refused", "Check the name on your bank account."),
  doc("login", "en", "Cannot sign in? Things to check", "What to do for each error message."),
]);

const alternativesOf = (query: string) =>
  analyzeQuery(index, query).flatMap((unit) => unit.alternatives.map((alternative) => alternative.text));

describe("synonym expansion", () => {
  it.each([
    ["2FA", ["2fa", "二段階認証", "two factor", "認証こーど"]],
    ["二段階認証", ["2fa", "二段階認証", "2 段階認証", "二要素認証"]],
    ["にだんかいにんしょう", ["二段階認証"]],
    ["引き出し", ["出金", "withdrawal"]],
    ["ログイン出来ない", ["ろぐいんできない", "さいんいんできない", "cannot sign in"]],
    ["ハッシュ", ["txid", "とらんざくしょん id", "transaction hash"]],
    ["振込", ["入金", "deposit"]],
    ["PW", ["ぱすわーど", "password"]],
    ["知らないログイン", ["乗っ取り", "不正ろぐいん"]],
    ["fee", ["手数料"]],
    ["withdrawals", ["出金"]],
  ])("%s expands to %j (among others)", (query, expected) => {
    expect(alternativesOf(query)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ["2段階認証", "two-factor"],
    ["お金が引き出せない", "withdraw"],
    ["サインイン出来ない", "login"],
    ["TXハッシュ", "txid"],
    ["振り込んだのに反映されない", "deposit"],
    ["ﾊﾟｽﾜｰﾄﾞ", "password"],
    ["知らないログイン", "takeover"],
    ["fee", "fees"],
  ])("%s finds the article %s through a synonym", (query, id) => {
    expect(search(index, query, { locale: "ja" }).hits[0]?.id).toBe(id);
  });

  it("bridges languages: an English query finds Japanese-only wording and the reverse", () => {
    expect(search(index, "two factor", { locale: "en" }).hits[0]?.id).toBe("two-factor");
    expect(search(index, "出金", { locale: "en" }).hits[0]).toMatchObject({ id: "withdraw", locale: "en" });
  });

  it("does not read パス into パスポート", () => {
    expect(alternativesOf("パスポート")).not.toContain("password");
  });

  it("keeps every group free of empty entries and compiles each expression", () => {
    for (const line of synonymGroups)
      expect(line.split("|").every((entry) => entry.trim() !== "")).toBe(true);
    const table = compileSynonyms(["出金|withdrawal|cash out"]);
    expect(table.words.get("withdrawal")).toEqual([0]);
    expect(table.phrases.get("c")?.map((entry) => entry.key)).toEqual(["cash out"]);
    expect(table.alternatives[0]?.map((alternative) => alternative.terms)).toEqual([
      ["出金"],
      ["withdrawal"],
      ["cash", "out"],
    ]);
  });
});
