import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import { formatManualKey, otpauthUri } from "@madoguchi/core/account/totp";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { findCredentials } from "@madoguchi/db/account/credentials-repository";
import {
  countUnusedRecoveryCodes,
  disableTwoFactor as clearTwoFactor,
  enableTwoFactor,
  replaceRecoveryCodes,
} from "@madoguchi/db/account/two-factor-repository";
import { type DbOrTx, enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { revokeSessions } from "@madoguchi/db/session/auth-session-repository";
import { z } from "zod";
import { auditAccount } from "./account-audit";
import { type AccountCtx, auditMeta } from "./account-context";
import { authEnv } from "./env";
import { reauthenticate } from "./reauthenticate";
import { newRecoveryCodes } from "./recovery-codes";
import { open, seal } from "./secret-box";
import { newTotpSecret, sealTotpSecret, totpQrDataUrl, verifyTotpCode } from "./totp";

/** How long the QR code of an enrollment stays good before it must be started again. */
const enrollmentTtlMs = 15 * 60_000;

const ticketSchema = z.object({ secret: z.string(), expiresAt: z.number() });

function context(subject: AccountSubject): string {
  return `${subject.kind}:${subject.id}`;
}

export interface TwoFactorEnrollment {
  /** `data:image/png;base64,...` for an <img>. */
  qrDataUrl: string;
  /** The secret for typing by hand, in groups of four. */
  manualKey: string;
  otpauthUri: string;
  /**
   * The secret sealed for this account, handed back with the first code. Nothing is stored until
   * the code proves the app has the secret, so an abandoned enrollment leaves no trace.
   */
  enrollment: string;
}

export async function twoFactorStatus(
  ctx: AccountCtx,
  subject: AccountSubject,
): Promise<{ enabled: boolean; recoveryCodesRemaining: number }> {
  const record = await findCredentials(ctx.db, subject);
  if (!record) throw new DomainError("NOT_FOUND", "account.notFound");
  return {
    enabled: record.totpEnabled,
    recoveryCodesRemaining: record.totpEnabled ? await countUnusedRecoveryCodes(ctx.db, subject) : 0,
  };
}

/** Step one: a new secret as a QR code and a manual key. Refused while two-factor is on. */
export async function beginTwoFactorEnrollment(
  ctx: AccountCtx,
  subject: AccountSubject,
): Promise<TwoFactorEnrollment> {
  const record = await findCredentials(ctx.db, subject);
  if (!record) throw new DomainError("NOT_FOUND", "account.notFound");
  if (record.totpEnabled) throw new DomainError("CONFLICT", "account.twoFactor.alreadyEnabled");
  // An unconfirmed address could belong to someone else (a pre-registered account): its
  // squatter must not be able to lock the real owner out with their own authenticator.
  if (!record.verified) throw new DomainError("FORBIDDEN", "account.emailNotVerified");
  const secret = newTotpSecret();
  const uri = otpauthUri({ issuer: authEnv().issuer, account: record.email, secret });
  const ticket = JSON.stringify({ secret, expiresAt: ctx.now().getTime() + enrollmentTtlMs });
  return {
    qrDataUrl: await totpQrDataUrl(uri),
    manualKey: formatManualKey(secret),
    otpauthUri: uri,
    enrollment: seal("totp-enrollment", ticket, context(subject)),
  };
}

/**
 * Step two: the first code from the app turns two-factor on and returns ten recovery codes,
 * shown this once and stored only as hashes.
 */
export async function confirmTwoFactorEnrollment(
  ctx: AccountCtx,
  subject: AccountSubject,
  input: {
    enrollment: string;
    code: string;
    signOutOtherSessions: boolean;
    currentSessionId: string | undefined;
  },
): Promise<{ recoveryCodes: string[] }> {
  const opened = open("totp-enrollment", input.enrollment, context(subject));
  const parsed = opened ? ticketSchema.safeParse(JSON.parse(opened)) : null;
  if (!parsed?.success) throw new DomainError("INVALID", "account.twoFactor.enrollmentInvalid");
  const now = ctx.now();
  if (parsed.data.expiresAt <= now.getTime())
    throw new DomainError("INVALID", "account.twoFactor.enrollmentExpired");
  const record = await findCredentials(ctx.db, subject);
  if (!record) throw new DomainError("NOT_FOUND", "account.notFound");
  if (record.totpEnabled) throw new DomainError("CONFLICT", "account.twoFactor.alreadyEnabled");
  const { codes, hashes } = newRecoveryCodes();

  await ctx.db.$transaction(async (tx) => {
    const valid = await verifyTotpCode(tx, subject, { secret: parsed.data.secret, code: input.code, now });
    if (!valid) throw new DomainError("INVALID", "account.twoFactor.codeInvalid");
    await enableTwoFactor(tx, subject, {
      sealedSecret: sealTotpSecret(subject, parsed.data.secret),
      recoveryCodeHashes: hashes,
      now,
    });
    const sessionsRevoked = await signOutOthers(tx, subject, input, now);
    await notifyTwoFactorChange(tx, record, true);
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.two_factor.enabled",
      object: subject,
      actor: subject,
      data: { sessionsRevoked },
    });
  });
  return { recoveryCodes: codes };
}

/** Customers only (two-factor is mandatory for staff); the password is asked again. */
export async function disableTwoFactor(
  ctx: AccountCtx,
  subject: AccountSubject,
  input: { password: string; signOutOtherSessions: boolean; currentSessionId: string | undefined },
): Promise<{ disabled: true }> {
  const record = await reauthenticate(ctx, subject, input.password);
  if (!record.totpEnabled) throw new DomainError("CONFLICT", "account.twoFactor.notEnabled");
  const now = ctx.now();
  await ctx.db.$transaction(async (tx) => {
    await clearTwoFactor(tx, subject);
    const sessionsRevoked = await signOutOthers(tx, subject, input, now);
    await notifyTwoFactorChange(tx, record, false);
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.two_factor.disabled",
      object: subject,
      actor: subject,
      data: { sessionsRevoked },
    });
  });
  return { disabled: true };
}

/** A fresh set of ten codes; the old ones stop working. The password is asked again. */
export async function regenerateRecoveryCodes(
  ctx: AccountCtx,
  subject: AccountSubject,
  input: { password: string },
): Promise<{ recoveryCodes: string[] }> {
  const record = await reauthenticate(ctx, subject, input.password);
  if (!record.totpEnabled) throw new DomainError("CONFLICT", "account.twoFactor.notEnabled");
  const { codes, hashes } = newRecoveryCodes();
  const now = ctx.now();
  await ctx.db.$transaction(async (tx) => {
    await replaceRecoveryCodes(tx, subject, hashes);
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.two_factor.recovery_codes_regenerated",
      object: subject,
      actor: subject,
    });
  });
  return { recoveryCodes: codes };
}

async function signOutOthers(
  tx: DbOrTx,
  subject: AccountSubject,
  input: { signOutOtherSessions: boolean; currentSessionId: string | undefined },
  now: Date,
): Promise<number> {
  if (!input.signOutOtherSessions) return 0;
  return revokeSessions(tx, subject, { now, exceptId: input.currentSessionId ?? null });
}

export async function notifyTwoFactorChange(
  tx: DbOrTx,
  account: { email: string; name: string; locale: "ja" | "en" },
  enabled: boolean,
): Promise<void> {
  await enqueueEmail(tx, {
    to: account.email,
    locale: account.locale,
    template: "two_factor_changed",
    data: { name: account.name, enabled },
  });
}
