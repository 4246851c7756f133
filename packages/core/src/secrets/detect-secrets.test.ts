import { describe, expect, it } from "vitest";
import { bip39EnglishWords } from "./bip39-english-wordlist";
import { bip39JapaneseWords } from "./bip39-japanese-wordlist";
import { type SecretKind, detectSecrets } from "./detect-secrets";

const btcTxid = "7d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e";
const evmTxid = "0x5e1f4c2a9b7d3e8f6a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f";
const rawKey = "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d";
const abandon12 = `${"abandon ".repeat(11)}about`;
const legal12 = "legal winner thank year wave sausage worth useful legal winner thank yellow";
const japanese12 = `${"あいこくしん\u3000".repeat(11)}あおぞら`;
const xprv =
  "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi";
const pem =
  "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----";

/** The detected kinds with the exact text each covers. */
function found(text: string, knownValues?: string[]): [SecretKind, string][] {
  return detectSecrets(text, { knownValues }).map((finding) => [
    finding.kind,
    text.slice(finding.start, finding.end),
  ]);
}

describe("the BIP-39 wordlists", () => {
  it("ship 2048 unique words each", () => {
    expect(new Set(bip39EnglishWords).size).toBe(2048);
    expect(new Set(bip39JapaneseWords).size).toBe(2048);
    expect([bip39EnglishWords[0], bip39EnglishWords[2047]]).toEqual(["abandon", "zoo"]);
    expect(bip39JapaneseWords[0]).toBe("あいこくしん");
  });
});

describe("seed phrases", () => {
  it.each([
    ["12 words", `私のシードフレーズは ${abandon12} です`, abandon12],
    ["12 other words", legal12, legal12],
    ["24 words on lines", `${legal12}\n${legal12}`, `${legal12}\n${legal12}`],
    [
      "capitalized, with commas",
      "Legal, winner, thank, year, wave, sausage, worth, useful, legal, winner, thank, yellow",
      "Legal, winner, thank, year, wave, sausage, worth, useful, legal, winner, thank, yellow",
    ],
    [
      "a numbered list",
      "1. legal 2. winner 3. thank 4. year 5. wave 6. sausage 7. worth 8. useful 9. legal 10. winner 11. thank 12. yellow",
      "legal 2. winner 3. thank 4. year 5. wave 6. sausage 7. worth 8. useful 9. legal 10. winner 11. thank 12. yellow",
    ],
    [
      "one mistyped word",
      "legal winner thank year wave sausaeg worth useful legal winner thank yellow",
      "legal winner thank year wave sausaeg worth useful legal winner thank yellow",
    ],
    ["Japanese words with ideographic spaces", `復元用：${japanese12}`, japanese12],
    ["Japanese words decomposed (NFD)", japanese12.normalize("NFD"), japanese12.normalize("NFD")],
  ])("finds %s", (_case, text, phrase) => {
    expect(found(text)).toEqual([["seed_phrase", phrase]]);
  });

  it.each([
    ["11 words", "legal winner thank year wave sausage worth useful legal winner thank"],
    ["two mistyped words", "legal winner thank yaer wave sausage worth usefull legal winner thank yellow"],
    [
      "words broken up by sentences",
      "legal winner thank year. wave sausage worth useful. legal winner thank yellow",
    ],
    [
      "English prose",
      "I tried to withdraw my funds yesterday but the transfer is still pending and I am worried about it. Please help me check the status of my account as soon as possible.",
    ],
    ["Japanese prose", "昨日から出金が完了しません。いつごろ反映されるか教えてください。"],
  ])("leaves %s alone", (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("private keys", () => {
  it.each([
    ["a bare 64-hex key", `私の鍵は ${rawKey} です`, rawKey],
    ["a 64-hex key after 秘密鍵, even 0x-prefixed", `秘密鍵: 0x${rawKey}`, `0x${rawKey}`],
    [
      "a WIF key",
      "key 5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ",
      "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ",
    ],
    [
      "a compressed WIF key",
      "KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617",
      "KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617",
    ],
    ["an extended private key", `xprvはこちら ${xprv}`, xprv],
    ["a PEM block", `鍵を貼ります\n${pem}\nよろしくお願いします`, pem],
    [
      "an unterminated PEM block",
      "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIrY",
      "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIrY",
    ],
    [
      "a Solana key after プライベートキー",
      "プライベートキーは 4Z7cXSyeFR8wNGMVXUE1TwtKn5D5Vu7FzEv69dokLv7KrQk7h6pu4LF8ZRR9yQBhc7uSM6RTTZtU1fmaxiNrxXrs です",
      "4Z7cXSyeFR8wNGMVXUE1TwtKn5D5Vu7FzEv69dokLv7KrQk7h6pu4LF8ZRR9yQBhc7uSM6RTTZtU1fmaxiNrxXrs",
    ],
  ])("finds %s", (_case, text, key) => {
    expect(found(text)).toEqual([["private_key", key]]);
  });

  it.each([
    ["a TXID after TXID", `TXID: ${btcTxid}`],
    ["a TXID after ハッシュ", `トランザクションハッシュは ${evmTxid} です`],
    ["a TXID after tx hash", `The tx hash is ${evmTxid}.`],
    ["a TXID in an explorer link", `https://etherscan.io/tx/${evmTxid}`],
    ["an EVM address", "送金先は 0x52908400098527886E0F7030069857D2E4169EE7 です"],
    ["a Bitcoin address", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq に送りました"],
    ["a Tron address", "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7 宛てに送金"],
  ])("does not take %s for a key", (_case, text) => {
    expect(found(text)).toEqual([]);
  });

  it("does not flag a TXID the customer also gave in the TXID field", () => {
    const text = `こちらの ${btcTxid} の送金が届きません`;
    expect(found(text)).toEqual([["private_key", btcTxid]]);
    expect(found(text, [btcTxid.toUpperCase()])).toEqual([]);
  });
});

describe("API secrets", () => {
  it.each([
    ["APIキー: a1B2c3D4e5F6g7H8i9J0kLmNoPqRsT", "a1B2c3D4e5F6g7H8i9J0kLmNoPqRsT"],
    ["API secret = 8f9e7d6c5b4a39281706f5e4d3c2b1a0", "8f9e7d6c5b4a39281706f5e4d3c2b1a0"],
    ["シークレットキーは Zx8+Qw2/Er5Ty7Ui9Op0As3Df6Gh== です", "Zx8+Qw2/Er5Ty7Ui9Op0As3Df6Gh=="],
    ["Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0"],
  ])("finds the secret in %j", (text, secret) => {
    expect(found(text)).toEqual([["api_secret", secret]]);
  });

  it.each([
    "APIキーを再発行したいです",
    `ERC-20トークンを送りました。TXID: ${evmTxid}`,
    "secret recovery phrase を紛失しました",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("passwords", () => {
  it.each([
    ["パスワードは abc12345 です", "abc12345"],
    ["パスワードはabc12345です", "abc12345"],
    ["パスワードは「Mirai-2026」です", "Mirai-2026"],
    ["ＰＷ：ｈｕｎｔｅｒ２２", "ｈｕｎｔｅｒ２２"],
    ["password: hunter22.", "hunter22"],
    ["My password is P@ssw0rd", "P@ssw0rd"],
    ['my password was "sunshine"', "sunshine"],
  ])("finds the password in %j", (text, password) => {
    expect(found(text)).toEqual([["password", password]]);
  });

  it.each([
    "パスワードは変更済みです。",
    "パスワードはすぐに変更しました",
    "パスワードは2026年に変更しました",
    "パスワードが違いますと表示されます",
    "パスワードは「変更済み」です",
    "The password is incorrect",
    "password: required",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("two-factor codes", () => {
  it.each([
    ["認証コード 123456 が通りません", "123456"],
    ["2FA code: 654321", "654321"],
    ["The code 123 456 from my authenticator is rejected", "123 456"],
    ["ワンタイムパスワード（８７６５４３２１）を入力しました", "８７６５４３２１"],
    ["Google Authenticator shows 482193 but it is rejected", "482193"],
    ["the 6-digit code in my authenticator app, 482193, does not work", "482193"],
  ])("finds the code in %j", (text, code) => {
    expect(found(text)).toEqual([["two_factor_code", code]]);
  });

  it.each([
    "エラーコード 100234 が表示されました",
    "error code 500123 appears",
    "出金ID WD-20261125-1187 の件です",
    "注文番号 7731902 について",
    "認証コード：100000円の出金時に届きません",
    "認証コードが届きません",
    "郵便番号 1500001 に住んでいます",
    "the code for 1,234,567.25 JPY",
    "認証コードの時刻 12:345678 ではありません",
    "2026-11-27 10:15 に認証アプリを開きました",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a realistic inquiry", () => {
  it("finds nothing in the facts the form asks for", () => {
    const text = [
      "11月25日 8:05 に 1.2 ETH を 0x52908400098527886E0F7030069857D2E4169EE7 へ出金しました。",
      `TXID は ${evmTxid} です。出金ID: WD-20261125-1187、取引ID: ORD-7731902。`,
      "エラーコード E-1003 が表示されました。二段階認証は設定済みです。",
    ].join("\n");
    expect(found(text)).toEqual([]);
  });

  it("finds several secrets in order and never overlapping", () => {
    const text = `認証コードは 123456 です。パスワードは abc12345 です。\n${pem}`;
    expect(found(text).map(([kind]) => kind)).toEqual(["two_factor_code", "password", "private_key"]);
  });
});
