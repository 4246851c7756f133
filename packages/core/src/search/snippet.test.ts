import { describe, expect, it } from "vitest";
import { analyzeQuery } from "./analyze-query";
import { markdownToText } from "./markdown-text";
import { buildSearchIndex, type SearchDocument } from "./search-index";
import { search } from "./search";
import { highlight, highlighterFor, type Segment, snippet } from "./snippet";

const marked = (segments: readonly Segment[]) =>
  segments.map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join("");

const body = [
  "## パスワードを忘れたときは",
  "パスワードは、ログイン画面の「パスワードをお忘れの方」からご自身で**再設定**できます。",
  "",
  "## メールが届かないとき",
  "- 迷惑メールフォルダをご確認ください。",
  "- 登録メールアドレスが使えない場合は、[登録メールアドレスを変更したい](/articles/change-email-address)をご覧ください。",
  "",
  "1. ログイン画面で「パスワードをお忘れの方」を選びます。",
  "2. `確認コード`を入力します。",
].join("\n");

const documents: SearchDocument[] = [
  {
    id: "reset",
    locale: "ja",
    title: "パスワードを忘れた場合の再設定方法",
    summary: "再設定の手順です。",
    body,
    tags: [],
    popularity: 0,
  },
  {
    id: "reset",
    locale: "en",
    title: "Forgot your password? How to reset it",
    summary: "Reset it yourself.",
    body: "## Steps\nOn the sign-in screen, select **Forgot password?**. Enter the [code](/articles/x) we send you.",
    tags: [],
    popularity: 0,
  },
];
const index = buildSearchIndex(documents);

describe("markdownToText", () => {
  it.each([
    ["## 見出し\n本文", "見出し 本文"],
    ["- 項目\n1. 手順", "項目 手順"],
    ["[リンク](/articles/slug)を見る", "リンクを見る"],
    ["**太字**と`コード`と*斜体*", "太字とコードと斜体"],
    ["an _emphasis_ here", "an emphasis here"],
    ["![画像](/a.png)説明", "画像説明"],
    ["> 引用", "引用"],
    ["snake_case_name stays", "snake_case_name stays"],
  ])("%j -> %j", (markdown, text) => {
    expect(markdownToText(markdown)).toBe(text);
  });
});

describe("highlight", () => {
  it.each([
    ["パスワード", "[パスワード]を忘れた場合の再設定方法"],
    ["ﾊﾟｽﾜｰﾄﾞ 再設定", "[パスワード]を忘れた場合の[再設定]方法"],
    ["ぱすわーど", "[パスワード]を忘れた場合の再設定方法"],
    ["忘れた", "パスワードを[忘れ]た場合の再設定方法"],
  ])("marks %j in the title", (query, expected) => {
    expect(marked(highlight(documents[0]?.title ?? "", highlighterFor(analyzeQuery(index, query))))).toBe(
      expected,
    );
  });

  it("marks inflected and misspelled English words", () => {
    const highlighter = highlighterFor(analyzeQuery(index, "pasword resetting"));
    expect(marked(highlight("Forgot your password? How to reset it", highlighter))).toBe(
      "Forgot your [password]? How to [reset] it",
    );
  });

  it("does not mark a short katakana word inside a longer one", () => {
    const highlighter = highlighterFor(analyzeQuery(index, "ロック"));
    expect(marked(highlight("ブロックチェーンとIDのロック", highlighter))).toBe(
      "ブロックチェーンとIDの[ロック]",
    );
  });

  it("keeps the text whole: the segments join back to it", () => {
    const title = "ＴＸＩＤ（ﾊｯｼｭ）の確認";
    const segments = highlight(title, highlighterFor(analyzeQuery(index, "txid ハッシュ")));
    expect(segments.map((segment) => segment.text).join("")).toBe(title);
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      "ＴＸＩＤ",
      "ﾊｯｼｭ",
    ]);
  });
});

describe("snippet", () => {
  it("shows plain text around the match, without Markdown", () => {
    const hit = search(index, "迷惑メール", { locale: "ja" }).hits[0];
    const text = marked(hit?.snippet ?? []);
    expect(text).toContain("[迷惑メール]");
    expect(text).not.toMatch(/##|\*\*|\]\(|`|^- /);
    expect(text.replace(/[[\]…]/g, "").length).toBeLessThanOrEqual(120);
  });

  it("prefers the window where most of the query's words meet", () => {
    const long = `${"関係のない文章です。".repeat(20)}出金の手続きについて。${"関係のない文章です。".repeat(20)}出金の上限は一日ごとです。`;
    const highlighter = highlighterFor(analyzeQuery(index, "出金 上限"));
    const text = marked(snippet(long, highlighter) ?? []);
    expect(text).toContain("[出金]の[上限]");
    expect(text.startsWith("…")).toBe(true);
  });

  it("returns nothing when nothing matches, and the search falls back to the summary", () => {
    expect(snippet("関係のない文章です。", highlighterFor(analyzeQuery(index, "出金")))).toBeUndefined();
    const hit = search(index, "再設定方法", { locale: "ja" }).hits[0];
    expect(hit?.snippet.length).toBeGreaterThan(0);
  });

  it("returns structured segments, never markup", () => {
    const hit = search(index, "forgot password", { locale: "en" }).hits[0];
    expect(hit?.title).toEqual([
      { text: "Forgot", match: true },
      { text: " your ", match: false },
      { text: "password", match: true },
      { text: "? How to reset it", match: false },
    ]);
    expect(marked(hit?.snippet ?? [])).toBe(
      "Steps On the sign-in screen, select [Forgot] [password]?. Enter the code we send you.",
    );
  });
});
