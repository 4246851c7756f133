import { z } from "zod";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A one-time code proves that whoever files login trouble without signing in reads the mailbox
 * they typed. Short-lived, few attempts: six digits are guessable otherwise.
 */
export const INQUIRY_CODE_TTL_MINUTES = 15;
export const INQUIRY_CODE_DIGITS = 6;

/** Throttles of the unauthenticated inquiry flows, as data. */
export const inquiryRateLimits = {
  codePerIp: { limit: 10, windowMs: HOUR },
  /** Beyond it a request still answers the same; it only sends nothing. */
  codePerAddress: { limit: 3, windowMs: HOUR },
  /** Wrong codes per address, before the code must be asked for again later. */
  codeAttemptsPerAddress: { limit: 5, windowMs: 15 * MINUTE },
  anonymousFilingPerIp: { limit: 10, windowMs: HOUR },
  deflectionPerIp: { limit: 60, windowMs: HOUR },
} as const;

/** Six digits from random bytes (passed in: core has no randomness), uniformly enough for a code. */
export function inquiryCodeFrom(random: Uint8Array): string {
  if (random.length < 4) throw new RangeError("need 4 random bytes");
  const value =
    ((random[0] ?? 0) * 2 ** 24 +
      (random[1] ?? 0) * 2 ** 16 +
      (random[2] ?? 0) * 2 ** 8 +
      (random[3] ?? 0)) >>>
    0;
  return String(value % 10 ** INQUIRY_CODE_DIGITS).padStart(INQUIRY_CODE_DIGITS, "0");
}

/** A code as typed: full-width digits from a Japanese IME and spaces are accepted. */
export const inquiryCodeSchema = z
  .string()
  .transform((raw) => raw.normalize("NFKC").replace(/[\s-]/g, ""))
  .pipe(z.string().regex(new RegExp(`^\\d{${INQUIRY_CODE_DIGITS}}$`), "inquiry.code.format"));
