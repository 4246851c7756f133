import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authEnv } from "./env";

/** What a sealed value is for: a key per purpose, so one kind of box never opens another. */
export type SealPurpose = "totp-secret" | "totp-enrollment";

const version = "v1";

function keyFor(purpose: SealPurpose): Buffer {
  return Buffer.from(
    hkdfSync("sha256", authEnv().encryptionKey, Buffer.alloc(0), `madoguchi:${purpose}`, 32),
  );
}

/**
 * AES-256-GCM with a random 96-bit nonce. `context` (e.g. the account id) is authenticated but
 * not stored: a value sealed for one account does not open for another, even copied row to row.
 */
export function seal(purpose: SealPurpose, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [
    version,
    iv.toString("base64url"),
    body.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
  ].join(".");
}

/** Null when the box was tampered with, sealed under another key, or for another context. */
export function open(purpose: SealPurpose, sealed: string, context: string): string | null {
  const [tag, iv, body, authTag] = sealed.split(".");
  if (tag !== version || !iv || !body || !authTag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(authTag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}
