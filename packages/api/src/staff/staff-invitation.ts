import type { StaffRole } from "@madoguchi/core/access/permissions";
import { tokenLifetimeMs } from "@madoguchi/core/account/auth-token-rules";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { Locale } from "@madoguchi/core/locale/locale";
import type { TeamKey } from "@madoguchi/core/team/teams";
import { retireAuthTokens } from "@madoguchi/db/account/auth-token-repository";
import {
  findAccountContact,
  findCredentials,
  setPasswordHash,
} from "@madoguchi/db/account/credentials-repository";
import { clearLock } from "@madoguchi/db/account/lockout-repository";
import { createInvitedStaff, findStaffAccount } from "@madoguchi/db/account/staff-account-repository";
import { type DbOrTx, enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { accountLink } from "../auth/account-links";
import { auditAccount } from "../auth/account-audit";
import { type AccountCtx, auditMeta } from "../auth/account-context";
import { issueActionToken, peekActionToken, useActionToken } from "../auth/action-token";
import { endAllSessions } from "../auth/end-sessions";
import { assertAcceptablePassword } from "../auth/password-change";
import { hashPassword } from "../auth/password-hashing";

export interface StaffInvitation {
  /** Canonical. */
  email: string;
  displayName: string;
  role: StaffRole;
  teamKeys: readonly TeamKey[];
  locale: Locale;
}

async function sendInvitation(
  tx: DbOrTx,
  input: { staffId: string; email: string; name: string; locale: Locale; now: Date },
): Promise<void> {
  const subject = { kind: "staff" as const, id: input.staffId };
  await retireAuthTokens(tx, { subject, purpose: "staff_invite", now: input.now });
  const token = await issueActionToken(tx, { purpose: "staff_invite", subject, now: input.now });
  await enqueueEmail(tx, {
    to: input.email,
    locale: input.locale,
    template: "staff_invite",
    data: {
      name: input.name,
      url: accountLink("acceptStaffInvite", token, input.locale),
      expiresInHours: tokenLifetimeMs.staff_invite / 3_600_000,
    },
  });
}

/** Staff accounts exist only by an admin's invitation: a set-password link, no sign-up. */
export async function inviteStaff(
  ctx: AccountCtx,
  adminId: string,
  invitation: StaffInvitation,
): Promise<{ id: string }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const created = await createInvitedStaff(tx, invitation);
    if (!created) throw new DomainError("CONFLICT", "staff.emailTaken");
    await sendInvitation(tx, {
      staffId: created.id,
      email: invitation.email,
      name: invitation.displayName,
      locale: invitation.locale,
      now,
    });
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "staff.invited",
      object: { kind: "staff", id: created.id },
      actor: { kind: "staff", id: adminId },
      data: { role: invitation.role, teams: invitation.teamKeys.join(",") },
    });
    return created;
  });
}

/**
 * A new set-password link for a member: an invitation that expired, or a member who forgot
 * their password (staff have no self-service reset; an admin vouches for them).
 */
export async function resendInvitation(
  ctx: AccountCtx,
  adminId: string,
  staffId: string,
): Promise<{ sent: true }> {
  const now = ctx.now();
  await ctx.db.$transaction(async (tx) => {
    const staff = await findStaffAccount(tx, staffId);
    const contact = await findAccountContact(tx, { kind: "staff", id: staffId });
    if (!staff || !contact) throw new DomainError("NOT_FOUND", "staff.notFound");
    if (!staff.active) throw new DomainError("CONFLICT", "staff.inactive");
    await sendInvitation(tx, { staffId, ...contact, now });
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "staff.invite_resent",
      object: { kind: "staff", id: staffId },
      actor: { kind: "staff", id: adminId },
    });
  });
  return { sent: true };
}

/**
 * The invitation link: sets the password (any earlier sessions end). Two-factor comes next, at
 * the first sign-in, before anything else works.
 */
export async function acceptInvitation(
  ctx: AccountCtx,
  input: { token: string; password: string },
): Promise<{ status: "password_set" }> {
  const now = ctx.now();
  const subject = await peekActionToken(ctx.db, { purpose: "staff_invite", token: input.token, now });
  const account = await findCredentials(ctx.db, subject);
  if (subject.kind !== "staff" || !account || !account.active)
    throw new DomainError("INVALID", "account.link.invalid");
  assertAcceptablePassword(input.password, account);
  const passwordHash = await hashPassword(input.password);
  await ctx.db.$transaction(async (tx) => {
    const used = await useActionToken(tx, { purpose: "staff_invite", token: input.token, now });
    if (used.subject.id !== subject.id) throw new DomainError("INVALID", "account.link.invalid");
    await setPasswordHash(tx, subject, passwordHash);
    await clearLock(tx, subject, now);
    await endAllSessions(tx, subject, now);
    if (account.passwordHash) {
      await enqueueEmail(tx, {
        to: account.email,
        locale: account.locale,
        template: "password_changed",
        data: { name: account.name },
      });
    }
    await auditAccount(tx, auditMeta(ctx, now), {
      action: account.passwordHash ? "auth.password.reset" : "staff.invite_accepted",
      object: subject,
      actor: subject,
    });
  });
  return { status: "password_set" };
}
