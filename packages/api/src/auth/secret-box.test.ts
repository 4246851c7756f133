import { describe, expect, it } from "vitest";
import { hashActionToken, newActionToken } from "./action-token";
import { hashPassword, verifyAgainstNothing, verifyPassword } from "./password-hashing";
import { open, seal } from "./secret-box";
import { openTotpSecret, sealTotpSecret } from "./totp";

describe("sealed secrets (AES-256-GCM)", () => {
  it("opens what it sealed, for the same purpose and context only", () => {
    const sealed = seal("totp-secret", "JBSWY3DPEHPK3PXP", "customer:a");
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open("totp-secret", sealed, "customer:a")).toBe("JBSWY3DPEHPK3PXP");
    expect(open("totp-secret", sealed, "customer:b")).toBeNull();
    expect(open("totp-enrollment", sealed, "customer:a")).toBeNull();
  });

  it("refuses a tampered box and a malformed one", () => {
    const sealed = seal("totp-secret", "JBSWY3DPEHPK3PXP", "staff:x");
    const [version, iv, body, tag] = sealed.split(".");
    const flipped = `${(body ?? "").startsWith("A") ? "B" : "A"}${(body ?? "").slice(1)}`;
    expect(open("totp-secret", [version, iv, flipped, tag].join("."), "staff:x")).toBeNull();
    expect(open("totp-secret", "JBSWY3DPEHPK3PXP", "staff:x")).toBeNull();
  });

  it("binds a stored TOTP secret to its account", () => {
    const sealed = sealTotpSecret({ kind: "customer", id: "1" }, "SECRET");
    expect(openTotpSecret({ kind: "customer", id: "1" }, sealed)).toBe("SECRET");
    expect(openTotpSecret({ kind: "staff", id: "1" }, sealed)).toBeNull();
  });
});

describe("password hashing", () => {
  it("uses argon2id and accepts the same password typed in full width", async () => {
    const hash = await hashPassword("ｐａｓｓｐｈｒａｓｅ１２３");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "passphrase123")).toBe(true);
    expect(await verifyPassword(hash, "passphrase124")).toBe(false);
    expect(await verifyPassword("not a hash", "passphrase123")).toBe(false);
    expect(await verifyAgainstNothing("anything")).toBe(false);
  });
});

describe("action tokens", () => {
  it("are 32 random bytes in base64url, stored as their SHA-256", () => {
    const { token, tokenHash } = newActionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).toBe(hashActionToken(token));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(newActionToken().token).not.toBe(token);
  });
});
