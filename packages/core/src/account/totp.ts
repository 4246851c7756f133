import { z } from "zod";

/**
 * TOTP as every authenticator app understands it (RFC 6238): HMAC-SHA-1, 6 digits, 30-second
 * steps, and one step of drift either way. Core computes no HMAC itself (no crypto without
 * I/O libraries); the caller passes one in.
 */
export const totpParameters = { digits: 6, periodSeconds: 30, window: 1, secretBytes: 20 } as const;

export type HmacSha1 = (key: Uint8Array, message: Uint8Array) => Uint8Array;

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 without padding: the manual-entry form of a secret. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** Tolerates lower case, spaces, dashes and padding; null for anything else. */
export function base32Decode(text: string): Uint8Array | null {
  const clean = text.toUpperCase().replace(/[\s=-]/g, "");
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = alphabet.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/** The 30-second step a moment falls in. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / totpParameters.periodSeconds);
}

/** The code of one counter value (RFC 4226 dynamic truncation). */
export function hotp(secret: Uint8Array, counter: number, hmac: HmacSha1): string {
  const message = new Uint8Array(8);
  const view = new DataView(message.buffer);
  view.setUint32(0, Math.floor(counter / 2 ** 32));
  view.setUint32(4, counter >>> 0);
  const digest = hmac(secret, message);
  const offset = (digest[digest.length - 1] ?? 0) & 0x0f;
  const binary =
    (((digest[offset] ?? 0) & 0x7f) << 24) |
    ((digest[offset + 1] ?? 0) << 16) |
    ((digest[offset + 2] ?? 0) << 8) |
    (digest[offset + 3] ?? 0);
  return String(binary % 10 ** totpParameters.digits).padStart(totpParameters.digits, "0");
}

function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/**
 * The step a code belongs to within the allowed drift, or null. The caller records the step as
 * used so that a code cannot be replayed within its 90-second life.
 */
export function matchTotp(input: {
  secret: Uint8Array;
  code: string;
  now: Date;
  hmac: HmacSha1;
}): number | null {
  const current = totpStep(input.now);
  let matched: number | null = null;
  // Every candidate is computed, so the time taken does not say which step matched.
  for (let drift = -totpParameters.window; drift <= totpParameters.window; drift++) {
    const step = current + drift;
    if (sameText(hotp(input.secret, step, input.hmac), input.code) && matched === null) matched = step;
  }
  return matched;
}

/** The provisioning URI an authenticator app reads from the QR code. */
export function otpauthUri(input: { issuer: string; account: string; secret: string }): string {
  const label = encodeURIComponent(`${input.issuer}:${input.account}`);
  const params = [
    `secret=${input.secret}`,
    `issuer=${encodeURIComponent(input.issuer)}`,
    "algorithm=SHA1",
    `digits=${totpParameters.digits}`,
    `period=${totpParameters.periodSeconds}`,
  ];
  return `otpauth://totp/${label}?${params.join("&")}`;
}

/** The secret for typing by hand: groups of four, `JBSW Y3DP EHPK 3PXP ...`. */
export function formatManualKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** A code typed by a person: full-width digits (IME) and spaces are fine. */
export const totpCodeSchema = z
  .string()
  .transform((raw) => raw.normalize("NFKC").replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "account.twoFactor.codeFormat"));
