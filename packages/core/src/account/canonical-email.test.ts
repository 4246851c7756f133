import { describe, expect, it } from "vitest";
import { canonicalizeEmail, emailSchema, maskEmail } from "./canonical-email";

describe("canonicalizeEmail", () => {
  it.each([
    ["hanako@example.jp", "hanako@example.jp"],
    ["  hanako@example.jp \n", "hanako@example.jp"],
    ["hanako@EXAMPLE.JP", "hanako@example.jp"],
    ["Hanako@Example.jp", "Hanako@example.jp"],
    ["ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ", "hanako@example.jp"],
    ["hanako＠example.jp", "hanako@example.jp"],
    ["taro.sasaki+exchange@mail.example.co.jp", "taro.sasaki+exchange@mail.example.co.jp"],
    ["a@b.co", "a@b.co"],
    ["user@example.jp.", "user@example.jp"],
    ["user@xn--eckwd4c7c.xn--zckzah", "user@xn--eckwd4c7c.xn--zckzah"],
  ])("%j -> %j", (raw, canonical) => {
    expect(canonicalizeEmail(raw)).toEqual({ ok: true, email: canonical });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["hanako@example.jp, taro@example.jp", "list"],
    ["hanako@example.jp;taro@example.jp", "list"],
    ["hanako@example.jp taro@example.jp", "list"],
    ["山田 <hanako@example.jp>", "list"],
    ["hanako@taro@example.jp", "format"],
    ["hanako", "format"],
    ["@example.jp", "format"],
    ["hanako@", "format"],
    ["hanako@localhost", "format"],
    ["hanako@example.j", "format"],
    ["hanako@-example.jp", "format"],
    [".hanako@example.jp", "format"],
    ["hana..ko@example.jp", "format"],
    ['"hanako"@example.jp', "format"],
    ["はなこ@example.jp", "format"],
    ["hanako@例え.jp", "format"],
    [`${"a".repeat(65)}@example.jp`, "too_long"],
    [`hanako@${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.jp`, "too_long"],
  ])("refuses %j (%s)", (raw, problem) => {
    expect(canonicalizeEmail(raw)).toEqual({ ok: false, problem });
  });

  it("gives the schema the canonical form and a message key for a bad one", () => {
    expect(emailSchema.parse(" Taro@EXAMPLE.jp ")).toBe("Taro@example.jp");
    const failure = emailSchema.safeParse("a@b.jp,c@d.jp");
    expect(failure.success).toBe(false);
    expect(failure.error?.issues[0]?.message).toBe("account.email.single");
  });
});

describe("maskEmail", () => {
  it.each([
    ["hanako@example.jp", "ha***@ex***.jp"],
    ["a@b.co", "a***@b***.co"],
    ["taro@mail.example.co.jp", "ta***@ma***.jp"],
  ])("%s -> %s", (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});
