import { describe, expect, it } from "vitest";
import {
  dateOfBirthSchema,
  fullNameSchema,
  isPlausibleDateOfBirth,
  signUpInputSchema,
} from "./account-schemas";
import { tokenExpiry, tokenState } from "./auth-token-rules";

const now = new Date("2026-03-01T10:00:00Z");

describe("account input schemas", () => {
  it.each([
    ["1990-04-12", true],
    ["1992-02-29", true],
    ["1991-02-29", false],
    ["2026-13-01", false],
    ["1899-12-31", false],
    ["1990/04/12", false],
  ])("date of birth %s valid: %s", (text, valid) => {
    expect(dateOfBirthSchema.safeParse(text).success).toBe(valid);
  });

  it("wants a date of birth in the past", () => {
    expect(isPlausibleDateOfBirth("2026-02-28", now)).toBe(true);
    expect(isPlausibleDateOfBirth("2026-03-02", now)).toBe(false);
  });

  it("normalizes a name typed with full-width spaces", () => {
    expect(fullNameSchema.parse("  山田　花子 ")).toBe("山田 花子");
    expect(fullNameSchema.safeParse("　").success).toBe(false);
  });

  it("canonicalizes the sign-up email and defaults the locale", () => {
    const input = signUpInputSchema.parse({
      email: "ＨＡＮＡＫＯ＠ＥＸＡＭＰＬＥ．ＪＰ",
      password: "tsukimi-dango-2024",
      fullName: "山田 花子",
    });
    expect(input).toMatchObject({ email: "HANAKO@example.jp", locale: "ja" });
  });
});

describe("token rules", () => {
  it.each([
    ["valid", { expiresAt: new Date(now.getTime() + 1), usedAt: null }, "valid"],
    ["expired", { expiresAt: now, usedAt: null }, "expired"],
    ["used", { expiresAt: new Date(now.getTime() + 1), usedAt: now }, "used"],
    ["missing", null, "unknown"],
  ] as const)("%s", (_, token, state) => {
    expect(tokenState(token, now)).toBe(state);
  });

  it("expires a reset link after thirty minutes", () => {
    expect(tokenExpiry("reset_password", now).getTime() - now.getTime()).toBe(30 * 60_000);
  });
});
