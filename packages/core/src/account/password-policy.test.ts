import { describe, expect, it } from "vitest";
import { commonPasswords } from "./common-passwords";
import { checkPassword, newPasswordSchema, passwordPolicy } from "./password-policy";

describe("the common-password list", () => {
  it("holds a few thousand lower-case entries without blanks", () => {
    expect(commonPasswords.size).toBeGreaterThan(3000);
    for (const entry of commonPasswords) {
      expect(entry).toBe(entry.toLowerCase());
      expect(entry).not.toMatch(/\s/);
    }
  });

  it.each(["password123", "qwertyuiop", "1qaz2wsx3edc", "sakura2024", "doraemon", "satoshi", "aishiteru"])(
    "lists %s",
    (entry) => {
      expect(commonPasswords.has(entry)).toBe(true);
    },
  );
});

describe("checkPassword", () => {
  it.each([
    ["correct horse battery staple", []],
    ["ひらがなのながいあいことば", []],
    ["tsukimi-dango-2024", []],
    ["短い", ["too_short"]],
    ["abc", ["too_short"]],
    ["password123", ["common"]],
    ["Password123", ["common"]],
    ["ＰＡＳＳＷＯＲＤ１２３", ["common"]],
    ["qwertyuiop", ["common"]],
    ["1234567890", ["common"]],
    ["doraemon1985!", ["common"]],
    ["!!sakura2024!!", ["common"]],
    ["Bitcoin2026", ["common"]],
    ["aaaaaaaaaaaa", ["common"]],
    ["xyxyxyxyxyxy", ["repetitive"]],
    ["abcdefghijkl", ["repetitive"]],
    ["mnlmnlmnlmnl", ["repetitive"]],
    ["a".repeat(passwordPolicy.maxLength + 1), ["too_long", "repetitive"]],
  ] as const)("%j -> %j", (password, problems) => {
    expect(checkPassword(password)).toEqual(problems);
  });

  it.each([
    ["hanako.yamada1990", { email: "hanako.yamada1990@example.jp" }],
    ["Hanako.Yamada1990!", { email: "hanako.yamada1990@example.jp" }],
    ["yamadahanako", { fullName: "山田 花子 yamada hanako" }],
  ])("refuses %j made of the account's own details", (password, context) => {
    expect(checkPassword(password, context)).toContain("personal");
  });

  it("accepts a long passphrase and reports every problem through the schema", () => {
    expect(newPasswordSchema.safeParse("ながい あいことば を つかう").success).toBe(true);
    const result = newPasswordSchema.safeParse("pass");
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "account.password.tooShort",
      "account.password.common",
    ]);
  });
});
