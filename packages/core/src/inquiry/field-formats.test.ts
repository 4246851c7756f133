import { describe, expect, it } from "vitest";
import { currencies, findNetwork, type NetworkDefinition, networks } from "./field-options";
import {
  type ParseResult,
  parseAddress,
  parseAmount,
  parseBirthDate,
  parseEmail,
  parseFreeText,
  parseOption,
  parsePastDateTime,
  parsePersonName,
  parseReferenceId,
  parseTxid,
} from "./field-formats";

/** 2026-11-28 12:00 in Japan. */
const now = new Date("2026-11-28T12:00:00+09:00");

const accepted = (value: string): ParseResult => ({ ok: true, value });
const refused = (key: string) => ({ ok: false, key });

function network(value: string): NetworkDefinition {
  const found = findNetwork(value);
  if (!found) throw new Error(`no network ${value}`);
  return found;
}

describe("amounts", () => {
  it.each([
    ["0.05", "0.05"],
    ["50000", "50000"],
    ["50,000", "50000"],
    ["１２，３４５．６７", "12345.67"],
    ["1,234,567.890", "1234567.89"],
    ["0.000000000000000001", "0.000000000000000001"],
    ["007", "7"],
    ["1.50", "1.5"],
    [" 3 ", "3"],
  ])("accepts %j as %s", (raw, value) => {
    expect(parseAmount(raw)).toEqual(accepted(value));
  });

  it.each([
    ["0", "inquiry.amount.positive"],
    ["0.000", "inquiry.amount.positive"],
    ["-5", "inquiry.amount.positive"],
    ["1e-5", "inquiry.amount.exponent"],
    ["1E8", "inquiry.amount.exponent"],
    ["1.5e3", "inquiry.amount.exponent"],
    ["0.0000000000000000001", "inquiry.amount.fraction"],
    ["1,23", "inquiry.amount.format"],
    ["12,3456", "inquiry.amount.format"],
    ["1.2.3", "inquiry.amount.format"],
    [".5", "inquiry.amount.format"],
    ["1 000", "inquiry.amount.format"],
    ["５万", "inquiry.amount.format"],
    ["¥5,000", "inquiry.amount.format"],
    ["+5", "inquiry.amount.format"],
    ["NaN", "inquiry.amount.format"],
    ["9".repeat(25), "inquiry.amount.tooLarge"],
  ])("refuses %j (%s)", (raw, key) => {
    expect(parseAmount(raw)).toEqual(refused(key));
  });
});

describe("dates of birth", () => {
  it.each([
    ["1990-04-01", "1990-04-01"],
    ["1990/4/1", "1990-04-01"],
    ["１９９０－０４－０１", "1990-04-01"],
    ["2026-11-28", "2026-11-28"],
    ["1906-11-28", "1906-11-28"],
  ])("accepts %j as %s", (raw, value) => {
    expect(parseBirthDate(raw, now)).toEqual(accepted(value));
  });

  it.each([
    ["2026-11-29", "inquiry.dateOfBirth.future"],
    ["1906-11-27", "inquiry.dateOfBirth.range"],
    ["1990-02-30", "inquiry.date.format"],
    ["90-04-01", "inquiry.date.format"],
    ["1990-04-01T00:00", "inquiry.date.format"],
  ])("refuses %j (%s)", (raw, key) => {
    expect(parseBirthDate(raw, now)).toEqual(refused(key));
  });

  it("reads today in Japan, where it is already tomorrow in the UTC evening", () => {
    const lateUtc = new Date("2026-11-28T16:00:00Z");
    expect(parseBirthDate("2026-11-29", lateUtc)).toEqual(accepted("2026-11-29"));
  });
});

describe("when it happened", () => {
  it.each([
    ["2026-11-27T10:15", "2026-11-27T10:15"],
    ["2026-11-27 10:15", "2026-11-27T10:15"],
    ["2026/11/27 9:05", "2026-11-27T09:05"],
    ["2026-11-27T10:15:30", "2026-11-27T10:15:30"],
    ["２０２６－１１－２７　１０：１５", "2026-11-27T10:15"],
    ["2026-11-28T12:00", "2026-11-28T12:00"],
    ["2026-11-28T12:05", "2026-11-28T12:05"],
  ])("accepts %j as %s (JST)", (raw, value) => {
    expect(parsePastDateTime(raw, now)).toEqual(accepted(value));
  });

  it.each([
    ["2026-11-28T12:06", "inquiry.datetime.future"],
    ["2026-11-29T00:00", "inquiry.datetime.future"],
    ["1999-12-31T23:59", "inquiry.datetime.tooOld"],
    ["2026-11-27T24:00", "inquiry.datetime.format"],
    ["2026-02-29T10:00", "inquiry.datetime.format"],
    ["2026-11-27", "inquiry.datetime.format"],
    ["yesterday", "inquiry.datetime.format"],
  ])("refuses %j (%s)", (raw, key) => {
    expect(parsePastDateTime(raw, now)).toEqual(refused(key));
  });

  it("compares in JST: 03:30 UTC is already 12:30 in Japan", () => {
    expect(parsePastDateTime("2026-11-28T12:30", new Date("2026-11-28T03:30:00Z")).ok).toBe(true);
    expect(parsePastDateTime("2026-11-28T12:36", new Date("2026-11-28T03:30:00Z")).ok).toBe(false);
  });
});

describe("trade, deposit and withdrawal IDs", () => {
  it.each([
    ["ORD-7731902", "ORD-7731902"],
    ["ＯＲＤ－７７３１９０２", "ORD-7731902"],
    [" WD-20261125-1187 ", "WD-20261125-1187"],
    ["abcd", "abcd"],
  ])("accepts %j as %s", (raw, value) => {
    expect(parseReferenceId(raw)).toEqual(accepted(value));
  });

  it.each(["abc", "A".repeat(65), "ORD 123", "ORD_123", "注文123", "ORD-1;DROP"])("refuses %j", (raw) => {
    expect(parseReferenceId(raw)).toEqual(refused("inquiry.referenceId.format"));
  });
});

describe("email addresses and names", () => {
  it.each([
    ["hanako@example.jp", "hanako@example.jp"],
    [" Hanako@Example.JP ", "Hanako@example.jp"],
    ["ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ", "hanako@example.jp"],
    ["hanako+support@mail.example.co.jp", "hanako+support@mail.example.co.jp"],
  ])("accepts the address %j as %s", (raw, value) => {
    expect(parseEmail(raw)).toEqual(accepted(value));
  });

  it.each([
    ["a@b.jp, c@d.jp", "inquiry.email.multiple"],
    ["a@b.jp c@d.jp", "inquiry.email.multiple"],
    ["hanako", "inquiry.email.format"],
    ["hanako@", "inquiry.email.format"],
    ["hanako@example", "inquiry.email.format"],
    ["hana..ko@example.jp", "inquiry.email.format"],
    ["hanako@-example.jp", "inquiry.email.format"],
  ])("refuses the address %j (%s)", (raw, key) => {
    expect(parseEmail(raw)).toEqual(refused(key));
  });

  it.each([
    ["山田 花子", "山田 花子"],
    ["山田　花子", "山田 花子"],
    ["ﾔﾏﾀﾞ ﾊﾅｺ", "ヤマダ ハナコ"],
    ["Hanako  Yamada", "Hanako Yamada"],
    ["O'Brien-Suzuki", "O'Brien-Suzuki"],
  ])("accepts the name %j as %s", (raw, value) => {
    expect(parsePersonName(raw)).toEqual(accepted(value));
  });

  it.each(["12345", "hanako@example.jp", "<script>", "山田2号"])("refuses the name %j", (raw) => {
    expect(parsePersonName(raw)).toEqual(refused("inquiry.fullName.format"));
  });
});

describe("choices", () => {
  it.each([
    ["ethereum", "ethereum"],
    ["Ethereum (ERC-20)", "ethereum"],
    ["XRP LEDGER", "xrp"],
  ])("takes the network %j as %s", (raw, value) => {
    expect(parseOption(raw, networks)).toEqual(accepted(value));
  });

  it("takes a currency code in any case", () => {
    expect(parseOption("btc", currencies)).toEqual(accepted("BTC"));
  });

  it.each(["eth", "Ethereum Classic", ""])("refuses the network %j", (raw) => {
    expect(parseOption(raw, networks)).toEqual(refused("inquiry.option.unknown"));
  });
});

const btcTxid = "7d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e";
const evmTxid = "0x5e1f4c2a9b7d3e8f6a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f";
const solanaTxid = "5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW";

describe("TXIDs by network", () => {
  it.each([
    ["bitcoin", btcTxid, btcTxid],
    ["bitcoin", btcTxid.toUpperCase(), btcTxid],
    ["bitcoin", `${btcTxid.slice(0, 30)}\n${btcTxid.slice(30)}`, btcTxid],
    ["ethereum", evmTxid, evmTxid],
    ["ethereum", `0X${evmTxid.slice(2).toUpperCase()}`, evmTxid],
    ["polygon", evmTxid, evmTxid],
    ["bsc", evmTxid, evmTxid],
    ["tron", btcTxid, btcTxid],
    ["xrp", btcTxid.toUpperCase(), btcTxid],
    ["solana", solanaTxid, solanaTxid],
    ["solana", solanaTxid.slice(1), solanaTxid.slice(1)],
    ["other", "abcdef0123456789", "abcdef0123456789"],
  ])("on %s accepts %j", (key, raw, value) => {
    expect(parseTxid(raw, network(key))).toEqual(accepted(value));
  });

  it.each([
    ["bitcoin", evmTxid],
    ["bitcoin", btcTxid.slice(1)],
    ["bitcoin", `${btcTxid.slice(1)}g`],
    ["ethereum", btcTxid],
    ["ethereum", `${evmTxid}0`],
    ["tron", evmTxid],
    ["xrp", evmTxid],
    ["solana", btcTxid],
    ["solana", `${solanaTxid.slice(0, 87)}0`],
    ["other", "short"],
  ])("on %s refuses %j", (key, raw) => {
    expect(parseTxid(raw, network(key))).toEqual(refused("inquiry.txid.format"));
  });
});

describe("addresses by network", () => {
  it.each([
    ["bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"],
    ["bitcoin", "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ"],
    ["bitcoin", "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"],
    ["bitcoin", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"],
    ["bitcoin", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"],
    ["ethereum", "0x52908400098527886E0F7030069857D2E4169EE7"],
    ["arbitrum", "0x52908400098527886e0f7030069857d2e4169ee7"],
    ["tron", "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"],
    ["solana", "So11111111111111111111111111111111111111112"],
    ["xrp", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh"],
    ["litecoin", "ltc1qg82tjv8fy9y9nj4xkjv2ad6h9qzxm3fk4v0x6s"],
    ["litecoin", "LQTpS3VaYTjCr4s9Y1t5zbeY26zevf7Fb3"],
    ["bitcoin_cash", "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"],
    ["bitcoin_cash", "qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"],
  ])("on %s accepts %s", (key, address) => {
    expect(parseAddress(` ${address} `, network(key))).toEqual(accepted(address));
  });

  it.each([
    ["bitcoin", "bc1Qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"],
    ["bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdb"],
    ["bitcoin", "0x52908400098527886E0F7030069857D2E4169EE7"],
    ["bitcoin", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0"],
    ["ethereum", "0x52908400098527886E0F7030069857D2E4169EE"],
    ["ethereum", "52908400098527886E0F7030069857D2E4169EE7"],
    ["tron", "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU"],
    ["tron", "0x52908400098527886E0F7030069857D2E4169EE7"],
    ["solana", "0x52908400098527886E0F7030069857D2E4169EE7"],
    ["xrp", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyT0"],
    ["xrp", "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"],
  ])("on %s refuses %s", (key, address) => {
    expect(parseAddress(address, network(key))).toEqual(refused("inquiry.address.format"));
  });
});

describe("free text", () => {
  it("unifies line endings and drops control characters", () => {
    expect(parseFreeText("  一行目\r\n二行目\u0007です  ", 1)).toEqual(accepted("一行目\n二行目です"));
  });

  it.each([
    ["   ", 1, "inquiry.required"],
    ["入金がない", 10, "inquiry.description.tooShort"],
  ])("refuses %j with minimum %i (%s)", (raw, min, key) => {
    expect(parseFreeText(raw, min)).toEqual(refused(key));
  });
});
