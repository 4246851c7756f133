import { describe, expect, it } from "vitest";
import { fieldKeys, subtypes } from "../trouble/subtypes";
import { findNetwork, networks } from "./field-options";
import { fieldTable, inputTypes } from "./field-table";
import { inquiryFormFor, subtypeFieldWording } from "./inquiry-form";
import { parseFieldValue } from "./inquiry-schema";
import { attachmentGuidanceFor, preFormNoticesFor, staffNeverAskNotice } from "./subtype-guidance";

const now = new Date("2026-11-28T12:00:00+09:00");

describe("the field table", () => {
  it("defines every field a window may ask for, once", () => {
    expect(fieldTable.map((field) => field.key).sort()).toEqual([...fieldKeys].sort());
  });

  it.each(fieldTable.map((field) => [field.key, field] as const))(
    "%s is complete in both languages",
    (_key, field) => {
      expect(inputTypes).toContain(field.input);
      for (const text of [field.label, field.help, field.example]) {
        expect(text.ja.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
      expect(field.maxLength).toBeGreaterThan(0);
      expect(Boolean(field.options?.length)).toBe(field.input === "select");
    },
  );

  it.each(fieldTable.map((field) => [field.key, field] as const))(
    "%s accepts its own examples",
    (_key, field) => {
      for (const example of [field.example.ja, field.example.en]) {
        expect(parseFieldValue(field, example, { now, network: findNetwork("ethereum") })).toMatchObject({
          ok: true,
        });
      }
    },
  );

  it("offers the networks of the guide with unique values", () => {
    const values = networks.map((network) => network.value);
    expect(values).toEqual(
      expect.arrayContaining(["bitcoin", "ethereum", "tron", "solana", "xrp", "polygon"]),
    );
    expect(new Set(values).size).toBe(values.length);
  });
});

describe("subtype wording", () => {
  it("only rewords fields the subtype's form asks for", () => {
    for (const [subtypeKey, wording] of Object.entries(subtypeFieldWording)) {
      const subtype = subtypes.find((candidate) => candidate.key === subtypeKey);
      expect(subtype, subtypeKey).toBeDefined();
      if (!subtype) continue;
      const keys = inquiryFormFor(subtype.troubleType, subtype.key).map((field) => field.key);
      for (const fieldKey of Object.keys(wording)) expect(keys).toContain(fieldKey);
    }
  });

  it("keeps every subtype's examples valid for its own fields", () => {
    for (const subtype of subtypes) {
      for (const field of inquiryFormFor(subtype.troubleType, subtype.key)) {
        const result = parseFieldValue(field, field.example.ja, { now, network: findNetwork("ethereum") });
        expect(result.ok, `${subtype.key}.${field.key}`).toBe(true);
      }
    }
  });

  it("never asks for a field as both required and optional", () => {
    for (const subtype of subtypes)
      for (const key of subtype.optionalFields) expect(subtype.requiredFields).not.toContain(key);
  });
});

describe("attachments", () => {
  it.each([
    ["trading", "order_not_filled", "recommended", "スクリーンショット"],
    ["funds", "jpy_deposit_missing", "recommended", "振込明細書"],
    ["funds", "crypto_deposit_missing", "recommended", "送金履歴"],
    ["funds", "wrong_address", "recommended", "スクリーンショット"],
    ["system", "app_malfunction", "optional", "エラー"],
    ["security", "phishing", "optional", "不審なメール"],
    ["other", "how_to", "optional", "スクリーンショット"],
  ] as const)("%s/%s: %s, mentioning %s", (type, subtype, advice, mention) => {
    const guidance = attachmentGuidanceFor(type, subtype);
    expect(guidance.advice).toBe(advice);
    expect(guidance.hint.ja).toContain(mention);
    expect(guidance.hint.en.length).toBeGreaterThan(0);
  });

  it("asks for no upload from login trouble, which is filed without signing in", () => {
    expect(attachmentGuidanceFor("login", "forgot_password").advice).toBe("none");
  });
});

describe("notices before the form", () => {
  it("puts the freeze and the immediate steps before every security form", () => {
    for (const subtype of subtypes.filter((candidate) => candidate.troubleType === "security")) {
      const [first] = preFormNoticesFor("security", subtype.key);
      expect(first).toMatchObject({ key: "security.protect_now", tone: "danger", action: "freeze_account" });
      const steps = first?.steps.map((step) => step.ja).join("\n") ?? "";
      for (const step of ["パスワードを変更", "二段階認証", "警察"]) expect(steps).toContain(step);
    }
  });

  it("says an on-chain transfer cannot be reversed before the wrong-address form, and asks to acknowledge it", () => {
    expect(preFormNoticesFor("funds", "wrong_address")).toEqual([
      expect.objectContaining({ key: "funds.irreversible_transfer", acknowledge: true }),
    ]);
  });

  it.each([
    ["trading", "order_not_filled"],
    ["funds", "crypto_withdrawal_pending"],
    ["login", "id_locked"],
    ["other", "complaint"],
  ] as const)("shows nothing special before %s/%s", (type, subtype) => {
    expect(preFormNoticesFor(type, subtype)).toEqual([]);
  });

  it("says staff never ask for secrets, in both languages", () => {
    expect(staffNeverAskNotice.ja).toContain("シードフレーズ");
    expect(staffNeverAskNotice.en).toContain("seed phrase");
  });
});
