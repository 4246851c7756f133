import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { subtypes } from "../trouble/subtypes";
import { inquiryFormFor } from "./inquiry-form";
import { inquiryMessage, inquiryMessages } from "./inquiry-messages";
import { inquiryIssues, inquirySchemaFor } from "./inquiry-schema";

const now = new Date("2026-11-28T12:00:00+09:00");

const btcTxid = "7d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e";
const evmTxid = "0x5e1f4c2a9b7d3e8f6a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f";
const evmAddress = "0x52908400098527886E0F7030069857D2E4169EE7";

const cryptoWithdrawal = {
  transactionId: "WD-20261125-1187",
  occurredAt: "2026-11-25T08:05",
  amount: "1.2",
  currency: "ETH",
  network: "ethereum",
  txid: evmTxid,
  address: evmAddress,
  description: "出金申請から2日経っても完了しません。",
};

function issuesOf(type: Parameters<typeof inquirySchemaFor>[0], subtype: string, input: unknown) {
  const result = inquirySchemaFor(type, subtype, { now }).safeParse(input);
  if (result.success) return [];
  return inquiryIssues(result.error).map((issue) => `${issue.field}:${issue.messageKey}`);
}

describe("the inquiry schema of each subtype", () => {
  it("accepts a complete crypto withdrawal and returns canonical values", () => {
    const schema = inquirySchemaFor("funds", "crypto_withdrawal_pending", { now });
    const input = {
      ...cryptoWithdrawal,
      amount: "１．２０",
      network: "Ethereum (ERC-20)",
      txid: evmTxid.toUpperCase().replace("0X", "0x"),
    };
    expect(schema.parse(input)).toEqual(cryptoWithdrawal);
  });

  it("checks the TXID and the address against the network chosen", () => {
    expect(issuesOf("funds", "wrong_address", { ...cryptoWithdrawal, network: "bitcoin" })).toEqual([
      "txid:inquiry.txid.format",
      "address:inquiry.address.format",
    ]);
    const bitcoin = {
      ...cryptoWithdrawal,
      network: "bitcoin",
      txid: btcTxid,
      address: "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    };
    expect(issuesOf("funds", "wrong_address", bitcoin)).toEqual([]);
  });

  it("reports a wrong TXID together with the other fields' problems", () => {
    expect(issuesOf("funds", "wrong_address", { ...cryptoWithdrawal, amount: "0", txid: btcTxid })).toEqual([
      "amount:inquiry.amount.positive",
      "txid:inquiry.txid.format",
    ]);
  });

  it("reports a missing network once, not as a TXID error", () => {
    const { network: _network, ...withoutNetwork } = cryptoWithdrawal;
    expect(issuesOf("funds", "crypto_withdrawal_pending", withoutNetwork)).toEqual([
      "network:inquiry.required",
    ]);
  });

  it.each([
    ["login", "forgot_password", ["registeredEmail", "fullName", "dateOfBirth", "description"]],
    ["trading", "order_not_filled", ["tradeId", "occurredAt", "amount", "description"]],
    ["funds", "jpy_deposit_missing", ["occurredAt", "amount", "description"]],
    ["funds", "jpy_withdrawal_refused", ["transactionId", "occurredAt", "amount", "description"]],
    ["system", "site_unreachable", ["occurredAt", "component", "errorMessage", "description"]],
    ["security", "phishing", ["description"]],
  ] as const)("requires exactly what the %s/%s window needs", (type, subtype, required) => {
    const issues = issuesOf(type, subtype, {});
    expect(issues).toEqual(required.map((key) => `${key}:inquiry.required`));
  });

  it("treats blank optional fields as absent and drops them from the values", () => {
    const schema = inquirySchemaFor("funds", "jpy_deposit_missing", { now });
    const values = schema.parse({
      transactionId: "  ",
      errorMessage: "",
      occurredAt: "2026-11-27 10:15",
      amount: "50,000",
      description: "昨日10時ごろ振り込みましたが、まだ残高に反映されていません。",
    });
    expect(values).toEqual({
      occurredAt: "2026-11-27T10:15",
      amount: "50000",
      description: "昨日10時ごろ振り込みましたが、まだ残高に反映されていません。",
    });
    expect(Object.keys(values)).not.toContain("transactionId");
  });

  it("drops anything the form does not ask for, such as a priority", () => {
    const schema = inquirySchemaFor("other", "how_to", { now });
    const values = schema.parse({
      description: "取引報告書のダウンロード方法を教えてください。",
      priority: "urgent",
      team: "security",
    });
    expect(values).toEqual({ description: "取引報告書のダウンロード方法を教えてください。" });
  });

  it.each([
    ["a future time", { occurredAt: "2026-11-29T09:00" }, "occurredAt:inquiry.datetime.future"],
    ["an amount in exponent notation", { amount: "1e-3" }, "amount:inquiry.amount.exponent"],
    ["a malformed trade ID", { tradeId: "注文1" }, "tradeId:inquiry.referenceId.format"],
    ["a one-word description", { description: "約定しない" }, "description:inquiry.description.tooShort"],
    ["an overlong description", { description: "あ".repeat(5001) }, "description:inquiry.tooLong"],
    ["a number instead of text", { tradeId: 7731902 }, "tradeId:inquiry.invalid"],
  ])("refuses %s with its message key", (_case, change, issue) => {
    const valid = {
      tradeId: "ORD-7731902",
      occurredAt: "2026-11-26T21:40",
      amount: "0.05",
      description: "BTCの指値注文が、価格に達したのに約定しませんでした。",
    };
    expect(issuesOf("trading", "order_not_filled", { ...valid, ...change })).toEqual([issue]);
  });

  it("refuses login trouble with a future date of birth or two addresses", () => {
    const input = {
      registeredEmail: "a@example.jp; b@example.jp",
      fullName: "森 由紀",
      dateOfBirth: "2030-01-01",
      description: "機種変更で認証アプリが使えず、ログインできません。",
    };
    expect(issuesOf("login", "two_factor", input)).toEqual([
      "registeredEmail:inquiry.email.multiple",
      "dateOfBirth:inquiry.dateOfBirth.future",
    ]);
  });

  it.each([null, "text", 42, []])("refuses %j as a whole without throwing", (input) => {
    expect(inquirySchemaFor("funds", "wrong_address", { now }).safeParse(input).success).toBe(false);
  });

  it("builds a schema for every subtype, and refuses an unknown one", () => {
    for (const subtype of subtypes)
      expect(() => inquirySchemaFor(subtype.troubleType, subtype.key, { now })).not.toThrow();
    expect(() => inquirySchemaFor("funds", "how_to", { now })).toThrow(DomainError);
  });
});

describe("the inquiry form", () => {
  it("asks each subtype for its required and optional fields, marked as such", () => {
    for (const subtype of subtypes) {
      const form = inquiryFormFor(subtype.troubleType, subtype.key);
      expect(
        form
          .filter((field) => field.required)
          .map((field) => field.key)
          .sort(),
      ).toEqual([...subtype.requiredFields].sort());
      expect(
        form
          .filter((field) => !field.required)
          .map((field) => field.key)
          .sort(),
      ).toEqual([...subtype.optionalFields].sort());
    }
  });

  it("puts the network before the TXID and the address, whose formats depend on it", () => {
    const keys = inquiryFormFor("funds", "wrong_address").map((field) => field.key);
    expect(keys.indexOf("network")).toBeLessThan(keys.indexOf("txid"));
    expect(keys.indexOf("network")).toBeLessThan(keys.indexOf("address"));
  });

  it("words fields for the subtype where the window is more precise", () => {
    const address = inquiryFormFor("funds", "wrong_address").find((field) => field.key === "address");
    expect(address?.label.ja).toBe("誤って送金した先のアドレス");
    const deposit = inquiryFormFor("funds", "jpy_deposit_missing").find(
      (field) => field.key === "transactionId",
    );
    expect(deposit).toMatchObject({ required: false, label: { ja: "入金ID" } });
  });
});

describe("validation messages", () => {
  it("has Japanese and English for every key", () => {
    for (const [key, text] of Object.entries(inquiryMessages)) {
      expect(key).toMatch(/^inquiry\./);
      expect(text.ja.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
  });

  it("translates a key and falls back for an unknown one", () => {
    expect(inquiryMessage("inquiry.txid.format", "ja")).toBe(
      "TXIDの形式が正しくありません。ネットワークに合わせて確認してください。",
    );
    expect(inquiryMessage("Invalid input", "en")).toBe(inquiryMessages["inquiry.invalid"].en);
  });
});
