import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import { type DeviceLabel, describeUserAgent } from "@madoguchi/core/account/device-label";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { findAccountContact } from "@madoguchi/db/account/credentials-repository";
import { enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import {
  listLiveSessions,
  revokeSession,
  revokeSessions,
} from "@madoguchi/db/session/auth-session-repository";
import { auditAccount } from "./account-audit";
import { type AccountCtx, auditMeta } from "./account-context";

export interface SessionView {
  id: string;
  device: DeviceLabel;
  /** `local_network` or `unknown` (no GeoIP database): the page translates it. */
  place: string;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  /** The device asking. */
  current: boolean;
}

/** The account's signed-in devices, the asking one marked. */
export async function listSessions(
  ctx: AccountCtx,
  subject: AccountSubject,
  currentSessionId: string | undefined,
): Promise<SessionView[]> {
  const rows = await listLiveSessions(ctx.db, subject, ctx.now());
  return rows.map((row) => ({
    id: row.id,
    device: describeUserAgent(row.userAgent),
    place: row.place ?? "unknown",
    ip: row.ip,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    current: row.id === currentSessionId,
  }));
}

/** Signs one device out; another account's session id is NOT_FOUND. */
export async function revokeOneSession(
  ctx: AccountCtx,
  subject: AccountSubject,
  sessionId: string,
): Promise<{ revoked: true }> {
  const now = ctx.now();
  await ctx.db.$transaction(async (tx) => {
    if (!(await revokeSession(tx, subject, { sessionId, now }))) {
      throw new DomainError("NOT_FOUND", "account.session.notFound");
    }
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.session.revoked",
      object: subject,
      actor: subject,
      data: { sessionId },
    });
  });
  return { revoked: true };
}

/**
 * "Sign out everywhere": every other device, or this one too. The owner gets a
 * `sessions_revoked` email, so a takeover that does this is noticed.
 */
export async function revokeAllSessions(
  ctx: AccountCtx,
  subject: AccountSubject,
  input: { currentSessionId: string | undefined; includeCurrent: boolean },
): Promise<{ revoked: number }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const exceptId = input.includeCurrent ? null : (input.currentSessionId ?? null);
    const revoked = await revokeSessions(tx, subject, { now, exceptId });
    const contact = await findAccountContact(tx, subject);
    if (contact && revoked > 0) {
      await enqueueEmail(tx, {
        to: contact.email,
        locale: contact.locale,
        template: "sessions_revoked",
        data: { name: contact.name },
      });
    }
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.session.revoked_all",
      object: subject,
      actor: subject,
      data: { revoked, includeCurrent: input.includeCurrent },
    });
    return { revoked };
  });
}
