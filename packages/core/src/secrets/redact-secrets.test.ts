import { describe, expect, it } from "vitest";
import { secretKinds } from "./detect-secrets";
import { redactSecrets, redactionMarker, secretLabels, secretWarnings, textLocale } from "./redact-secrets";

const legal12 = "legal winner thank year wave sausage worth useful legal winner thank yellow";
const btcTxid = "7d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e";

describe("redaction", () => {
  it.each([
    [
      `復元用のシードフレーズは ${legal12} です。`,
      "復元用のシードフレーズは ［削除されました：シードフレーズ］ です。",
    ],
    ["認証コード 123456 が通りません", "認証コード ［削除されました：認証コード］ が通りません"],
    ["my password: hunter22", "my password: [removed: password]"],
    [`My seed is ${legal12}`, "My seed is [removed: seed phrase]"],
    [
      "APIキー: a1B2c3D4e5F6g7H8i9J0kLmNoPqRsT、パスワードは abc12345 です",
      "APIキー: ［削除されました：APIシークレット］、パスワードは ［削除されました：パスワード］ です",
    ],
  ])("redacts %j", (text, expected) => {
    const result = redactSecrets(text);
    expect(result.text).toBe(expected);
    expect(result.redacted).toBe(true);
  });

  it("leaves text without secrets exactly as it is", () => {
    const text = `出金が届きません。TXID: ${btcTxid}`;
    expect(redactSecrets(text)).toEqual({ text, redacted: false, findings: [] });
  });

  it("keeps a value the customer gave in a form field", () => {
    const text = `この送金 ${btcTxid} を確認してください`;
    expect(redactSecrets(text).redacted).toBe(true);
    expect(redactSecrets(text, { knownValues: [btcTxid] }).redacted).toBe(false);
  });

  it("writes markers in the language asked for", () => {
    expect(redactSecrets("password: hunter22", { locale: "ja" }).text).toBe(
      "password: ［削除されました：パスワード］",
    );
  });

  it.each([
    ["入金されません", "ja"],
    ["カタカナ", "ja"],
    ["My deposit is missing", "en"],
  ] as const)("reads %j as %s", (text, locale) => {
    expect(textLocale(text)).toBe(locale);
  });
});

describe("secret wording", () => {
  it.each(secretKinds)("has a label, a marker and a warning for %s in both languages", (kind) => {
    expect(secretLabels[kind].ja).not.toBe("");
    expect(redactionMarker(kind, "ja")).toMatch(/^［削除されました：.+］$/);
    expect(redactionMarker(kind, "en")).toMatch(/^\[removed: .+\]$/);
    expect(secretWarnings[kind].ja).toContain("お尋ねすることはありません");
    expect(secretWarnings[kind].en).toMatch(/never/);
  });
});
