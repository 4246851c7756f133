import { describe, expect, it } from "vitest";
import { redactSearchQuery } from "./search-log";

describe("redactSearchQuery", () => {
  it.each([
    ["パスワード忘れた", "パスワード忘れた"],
    ["  出金  できない ", "出金 できない"],
    ["ＴＸＩＤ　どこ", "TXID どこ"],
    ["hanako@example.jp ログインできない", "[email] ログインできない"],
    ["送金 0x5e1f4c2a9b7d3e8f6a1c0b9d8e7f6a5b4c3d2e1f 届かない", "送金 [id] 届かない"],
    ["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "[id]"],
    ["電話 090-1234-5678 に連絡", "電話 [number] に連絡"],
    ["口座 12345678", "口座 [number]"],
    ["2FA 123456", "2FA 123456"],
    ["WD-20261125-1187 出金", "WD-[number] 出金"],
  ])("%s -> %s", (query, expected) => {
    expect(redactSearchQuery(query)).toBe(expected);
  });

  it("keeps at most 200 characters", () => {
    expect(redactSearchQuery("あ".repeat(500))).toHaveLength(200);
  });
});
