import { describe, expect, it } from "vitest";
import { subtypes } from "../trouble/subtypes";
import { troubleTypeKeys } from "../trouble/trouble-types";
import { INQUIRY_CODE_DIGITS, inquiryCodeFrom, inquiryCodeSchema } from "./inquiry-code";
import {
  filingAccessFor,
  findInquirySecrets,
  inquiryEnvelopeSchema,
  inquirySubject,
  redactInquiryFields,
  splitInquiryFields,
} from "./inquiry-submission";
import { statusComponentsFor } from "./self-help";
import { components } from "./field-options";

const phrase = `${"abandon ".repeat(11)}about`;
const evmTxid = "0x5e1f4c2a9b7d3e8f6a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f";

describe("who may file", () => {
  it.each([
    ["login", null, { ok: true, as: "anonymous" }],
    ["trading", null, { ok: false, reason: "sign_in_required" }],
    ["security", null, { ok: false, reason: "sign_in_required" }],
    ["funds", { emailVerified: false }, { ok: false, reason: "email_not_verified" }],
    ["login", { emailVerified: false }, { ok: false, reason: "email_not_verified" }],
    ["funds", { emailVerified: true }, { ok: true, as: "customer" }],
  ] as const)("%s by %j", (type, customer, expected) => {
    expect(filingAccessFor(type, customer)).toEqual(expected);
  });
});

describe("secrets in an inquiry", () => {
  it("flags free-text fields only, per field, and not the TXID repeated from its own field", () => {
    const fields = {
      txid: evmTxid,
      description: `送金しました。TXIDは ${evmTxid} です。シードフレーズは ${phrase}`,
      errorMessage: "認証コード 482913 が無効です",
    };
    expect(findInquirySecrets(fields)).toEqual([
      { field: "description", kinds: ["seed_phrase"] },
      { field: "errorMessage", kinds: ["two_factor_code"] },
    ]);
    const { fields: clean, redacted } = redactInquiryFields(fields);
    expect(redacted).toBe(true);
    expect(clean.txid).toBe(evmTxid);
    expect(clean.description).toContain(evmTxid);
    expect(clean.description).not.toContain("abandon");
    expect(findInquirySecrets(clean)).toEqual([]);
  });

  it("leaves an inquiry without secrets as it is", () => {
    const fields = { description: "注文が約定しません。注文番号は ORD-7731902 です。" };
    expect(findInquirySecrets(fields)).toEqual([]);
    expect(redactInquiryFields(fields)).toEqual({ fields, redacted: false });
  });
});

describe("the ticket made of an inquiry", () => {
  it("names it by subtype and the start of the description, in the form's language", () => {
    expect(
      inquirySubject("funds", "wrong_address", { description: "送金先を間違えました\n詳細…" }, "ja"),
    ).toBe("送金先を間違えた: 送金先を間違えました");
    expect(inquirySubject("trading", "order_not_filled", { description: "x".repeat(60) }, "en")).toBe(
      `Order not filled: ${"x".repeat(39)}…`,
    );
  });

  it("keeps the description as the first message and the rest as fields", () => {
    expect(
      splitInquiryFields({ description: "本文", amount: "50000", occurredAt: "2026-11-27T09:15" }),
    ).toEqual({
      body: "本文",
      ticketFields: { amount: "50000", occurredAt: "2026-11-27T09:15" },
    });
  });

  it("takes a form key and an optional code; never a priority or a team", () => {
    const parsed = inquiryEnvelopeSchema.parse({
      type: "security",
      subtype: "phishing",
      locale: "ja",
      formKey: "k".repeat(22),
      priority: "low",
      team: "general",
    });
    expect(parsed).not.toHaveProperty("priority");
    expect(parsed).not.toHaveProperty("team");
    expect(
      inquiryEnvelopeSchema.safeParse({ type: "login", subtype: "x", locale: "ja", formKey: "short" })
        .success,
    ).toBe(false);
  });
});

describe("one-time codes", () => {
  it.each([
    [[0, 0, 0, 0], "000000"],
    [[0, 0, 0, 42], "000042"],
    [[255, 255, 255, 255], String(4_294_967_295 % 1_000_000).padStart(6, "0")],
  ])("derives %j as %s", (bytes, code) => {
    expect(inquiryCodeFrom(Uint8Array.from(bytes))).toBe(code);
  });

  it("accepts codes as typed with an IME, with spaces", () => {
    expect(inquiryCodeSchema.parse(" ４８２ ９１３ ")).toBe("482913");
    expect(inquiryCodeSchema.safeParse("48291").success).toBe(false);
    expect(INQUIRY_CODE_DIGITS).toBe(6);
  });
});

describe("self-help status components", () => {
  it("names only components the status page has, for every subtype", () => {
    const known = components.map((c) => c.value);
    for (const subtype of subtypes) {
      for (const key of statusComponentsFor(subtype.troubleType, subtype.key)) expect(known).toContain(key);
    }
    expect(statusComponentsFor("system", "api_error")).toEqual(["api"]);
    expect(troubleTypeKeys.length).toBe(6);
  });
});
