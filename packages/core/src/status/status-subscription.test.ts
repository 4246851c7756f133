import { describe, expect, it } from "vitest";
import { statusSubscribeInputSchema, statusTokenSchema } from "./status-subscription";

describe("statusSubscribeInputSchema", () => {
  it("canonicalizes the address like every account address", () => {
    expect(statusSubscribeInputSchema.parse({ email: " ｈａｎａｋｏ＠Example.JP ", locale: "ja" })).toEqual({
      email: "hanako@example.jp",
      locale: "ja",
    });
  });
  it.each(["", "not-an-address", "a@b.c, d@e.f", "Hanako <hanako@example.jp>"])("refuses %j", (email) => {
    expect(statusSubscribeInputSchema.safeParse({ email, locale: "ja" }).success).toBe(false);
  });
});

describe("statusTokenSchema", () => {
  it("accepts URL-safe tokens and refuses anything else", () => {
    expect(statusTokenSchema.safeParse("Zx9_-".repeat(9)).success).toBe(true);
    expect(statusTokenSchema.safeParse("short").success).toBe(false);
    expect(statusTokenSchema.safeParse(`${"a".repeat(30)}/..`).success).toBe(false);
  });
});
