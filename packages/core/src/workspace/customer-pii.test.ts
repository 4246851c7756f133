import { describe, expect, it } from "vitest";
import { compareIdentity, maskFullName, maskPii, type PiiField, revealReasonSchema } from "./customer-pii";

describe("masking personal data", () => {
  it.each<[PiiField, string, string]>([
    ["email", "hanako@example.jp", "ha***@ex***.jp"],
    ["email", "a@b.co", "a***@b***.co"],
    ["email", "not-an-address", "***"],
    ["fullName", "山田 花子", "山* **"],
    ["fullName", "Alex Morgan", "A*** ******"],
    ["fullName", "  森 由紀 ", "森 **"],
    ["fullName", "", ""],
    ["dateOfBirth", "1990-04-12", "****-**-**"],
  ])("%s %s -> %s", (field, value, masked) => {
    expect(maskPii(field, value)).toBe(masked);
  });

  it("never keeps more than the first character of a name", () => {
    expect(maskFullName("佐々木 太郎").replace(/[\s*]/g, "")).toBe("佐");
  });

  it.each([
    ["本人確認のため", true],
    ["  確認  ", false],
    ["x".repeat(201), false],
  ])("accepts %s as a reveal reason: %s", (reason, ok) => {
    expect(revealReasonSchema.safeParse(reason).success).toBe(ok);
  });
});

describe("matching a requester to an account", () => {
  const account = {
    email: "yuki@example.jp",
    fullName: "森 由紀",
    fullNameKana: "モリ ユキ",
    dateOfBirth: "1995-08-30",
  };

  it.each<[string, Parameters<typeof compareIdentity>[0], ReturnType<typeof compareIdentity>]>([
    [
      "everything as registered",
      { email: " yuki@EXAMPLE.jp ", fullName: "森由紀", dateOfBirth: "1995-08-30" },
      { email: "match", fullName: "match", dateOfBirth: "match" },
    ],
    [
      "the kana and a slashed, full-width date",
      { email: "yuki@example.jp", fullName: "ﾓﾘ ﾕｷ", dateOfBirth: "１９９５/08/30" },
      { email: "match", fullName: "match", dateOfBirth: "match" },
    ],
    [
      "a wrong date of birth",
      { email: "yuki@example.jp", fullName: "森 由紀", dateOfBirth: "1995-08-31" },
      { email: "match", fullName: "match", dateOfBirth: "mismatch" },
    ],
    ["nothing typed", {}, { email: "missing", fullName: "missing", dateOfBirth: "missing" }],
    [
      "another person",
      { email: "someone@example.jp", fullName: "森 由美", dateOfBirth: null },
      { email: "mismatch", fullName: "mismatch", dateOfBirth: "missing" },
    ],
  ])("%s", (_case, typed, expected) => {
    expect(compareIdentity(typed, account)).toEqual(expected);
  });
});
