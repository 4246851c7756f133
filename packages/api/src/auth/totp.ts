import { createHmac, randomBytes } from "node:crypto";
import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import {
  base32Decode,
  base32Encode,
  type HmacSha1,
  matchTotp,
  totpParameters,
} from "@madoguchi/core/account/totp";
import { claimTotpStep } from "@madoguchi/db/account/two-factor-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import QRCode from "qrcode";
import { open, seal } from "./secret-box";

export const hmacSha1: HmacSha1 = (key, message) => createHmac("sha1", key).update(message).digest();

/** A new shared secret, base32 (the form authenticator apps take). */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(totpParameters.secretBytes));
}

/** TOTP secrets are stored sealed, bound to their account. */
export function sealTotpSecret(subject: AccountSubject, secret: string): string {
  return seal("totp-secret", secret, `${subject.kind}:${subject.id}`);
}

export function openTotpSecret(subject: AccountSubject, sealed: string): string | null {
  return open("totp-secret", sealed, `${subject.kind}:${subject.id}`);
}

/**
 * Checks a code against a secret and records its step as used, so the same code cannot sign in
 * twice. Pass the transaction of the sign-in or change it authorizes.
 */
export async function verifyTotpCode(
  db: DbOrTx,
  subject: AccountSubject,
  input: { secret: string; code: string; now: Date },
): Promise<boolean> {
  const key = base32Decode(input.secret);
  if (!key) return false;
  const step = matchTotp({ secret: key, code: input.code, now: input.now, hmac: hmacSha1 });
  if (step === null) return false;
  return claimTotpStep(db, subject, { stepStart: new Date(step * totpParameters.periodSeconds * 1000) });
}

/** The QR code of a provisioning URI, as a data URL an <img> can show. */
export function totpQrDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 2, width: 240 });
}
