import { describe, expect, it } from "vitest";
import { formatRecoveryCode, normalizeRecoveryCode } from "./recovery-code";
import { base32Decode, base32Encode, formatManualKey, otpauthUri, totpCodeSchema, totpStep } from "./totp";

const bytes = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe("base32 (RFC 4648 test vectors, unpadded)", () => {
  it.each([
    ["", ""],
    ["f", "MY"],
    ["fo", "MZXQ"],
    ["foo", "MZXW6"],
    ["foob", "MZXW6YQ"],
    ["fooba", "MZXW6YTB"],
    ["foobar", "MZXW6YTBOI"],
  ])("%j <-> %s", (text, encoded) => {
    expect(base32Encode(bytes(text))).toBe(encoded);
    expect(base32Decode(encoded)).toEqual(bytes(text));
  });

  it("reads a key typed by hand and refuses what is not base32", () => {
    expect(base32Decode("mzxw 6ytb-oi==")).toEqual(bytes("foobar"));
    expect(base32Decode("MZXW1")).toBeNull();
  });
});

describe("TOTP helpers", () => {
  it("counts 30-second steps from the epoch", () => {
    expect(totpStep(new Date(59_000))).toBe(1);
    expect(totpStep(new Date(1_111_111_109_000))).toBe(37_037_036);
  });

  it("writes the provisioning URI and the manual key", () => {
    expect(
      otpauthUri({ issuer: "ミライコイン", account: "hanako@example.jp", secret: "JBSWY3DPEHPK3PXP" }),
    ).toBe(
      "otpauth://totp/%E3%83%9F%E3%83%A9%E3%82%A4%E3%82%B3%E3%82%A4%E3%83%B3%3Ahanako%40example.jp" +
        "?secret=JBSWY3DPEHPK3PXP&issuer=%E3%83%9F%E3%83%A9%E3%82%A4%E3%82%B3%E3%82%A4%E3%83%B3" +
        "&algorithm=SHA1&digits=6&period=30",
    );
    expect(formatManualKey("JBSWY3DPEHPK3PXPJBSW")).toBe("JBSW Y3DP EHPK 3PXP JBSW");
  });

  it.each([
    ["123456", "123456"],
    ["１２３４５６", "123456"],
    ["123 456", "123456"],
  ])("accepts the code %j", (typed, code) => {
    expect(totpCodeSchema.parse(typed)).toBe(code);
  });

  it.each(["12345", "1234567", "12345a", ""])("refuses the code %j", (typed) => {
    expect(totpCodeSchema.safeParse(typed).success).toBe(false);
  });
});

describe("recovery codes", () => {
  it("formats 10 bytes as four groups and reads them back however typed", () => {
    const code = formatRecoveryCode(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
    const clean = code.replace(/-/g, "");
    expect(normalizeRecoveryCode(code)).toBe(clean);
    expect(normalizeRecoveryCode(` ${code.toUpperCase()} `)).toBe(clean);
    expect(normalizeRecoveryCode(clean.slice(0, 15))).toBeNull();
    expect(normalizeRecoveryCode("123456")).toBeNull();
  });
});
