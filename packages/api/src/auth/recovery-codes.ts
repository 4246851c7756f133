import { createHash, randomBytes } from "node:crypto";
import {
  formatRecoveryCode,
  normalizeRecoveryCode,
  recoveryCodePolicy,
} from "@madoguchi/core/account/recovery-code";

/** Ten new codes: shown to the person once, stored only as hashes. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: recoveryCodePolicy.count }, () =>
    formatRecoveryCode(randomBytes(recoveryCodePolicy.bytes)),
  );
  return { codes, hashes: codes.map((code) => hashRecoveryCode(code) ?? "") };
}

/** Null when the text cannot be a recovery code at all. */
export function hashRecoveryCode(typed: string): string | null {
  const code = normalizeRecoveryCode(typed);
  return code ? createHash("sha256").update(code).digest("hex") : null;
}
