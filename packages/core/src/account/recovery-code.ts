import { base32Encode } from "./totp";

/**
 * Ten one-time codes for a lost authenticator. Each carries 80 random bits (16 base32
 * characters), so a SHA-256 of it is safe to store and to look up directly: there is nothing
 * to brute-force offline.
 */
export const recoveryCodePolicy = { count: 10, bytes: 10 } as const;

/** `abcd-efgh-ijkl-mnop`, from `recoveryCodePolicy.bytes` random bytes. */
export function formatRecoveryCode(random: Uint8Array): string {
  return base32Encode(random)
    .toLowerCase()
    .replace(/(.{4})(?=.)/g, "$1-");
}

/** The canonical form that gets hashed, from what a person typed; null if it cannot be a code. */
export function normalizeRecoveryCode(input: string): string | null {
  const clean = input.normalize("NFKC").toLowerCase().replace(/[\s-]/g, "");
  return /^[a-z2-7]{16}$/.test(clean) ? clean : null;
}
