import { base32Encode, hotp, matchTotp, totpStep } from "@madoguchi/core/account/totp";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { hmacSha1, newTotpSecret } from "./totp";

// RFC 6238 appendix B, SHA-1 rows; our codes are the last six digits of its eight.
const rfcSecret = Uint8Array.from(Buffer.from("12345678901234567890", "ascii"));

describe("TOTP over node:crypto", () => {
  it.each([
    [59, "287082"],
    [1_111_111_109, "081804"],
    [1_111_111_111, "050471"],
    [1_234_567_890, "005924"],
    [2_000_000_000, "279037"],
    [20_000_000_000, "353130"],
  ])("at %i s gives %s (RFC 6238)", (seconds, code) => {
    expect(hotp(rfcSecret, totpStep(new Date(seconds * 1000)), hmacSha1)).toBe(code);
  });

  it("accepts one step of drift either way, and no more", () => {
    const now = new Date(1_111_111_109_000);
    const step = totpStep(now);
    const codeAt = (offset: number) => hotp(rfcSecret, step + offset, hmacSha1);
    expect(matchTotp({ secret: rfcSecret, code: codeAt(0), now, hmac: hmacSha1 })).toBe(step);
    expect(matchTotp({ secret: rfcSecret, code: codeAt(-1), now, hmac: hmacSha1 })).toBe(step - 1);
    expect(matchTotp({ secret: rfcSecret, code: codeAt(1), now, hmac: hmacSha1 })).toBe(step + 1);
    expect(matchTotp({ secret: rfcSecret, code: codeAt(2), now, hmac: hmacSha1 })).toBeNull();
    expect(matchTotp({ secret: rfcSecret, code: codeAt(-2), now, hmac: hmacSha1 })).toBeNull();
  });

  it("makes 160-bit secrets in base32", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(secret).not.toBe(newTotpSecret());
    expect(base32Encode(rfcSecret)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  });
});

describe("recovery codes", () => {
  it("makes ten distinct codes whose hashes match however the code is typed", () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const first = codes[0] ?? "";
    expect(hashRecoveryCode(first.toUpperCase().replace(/-/g, " "))).toBe(hashes[0]);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode("not a code")).toBeNull();
  });
});
