import { DomainError } from "@madoguchi/core/errors/domain-error";
import { findAccountContact } from "@madoguchi/db/account/credentials-repository";
import { findStaffAccount, setStaffActive } from "@madoguchi/db/account/staff-account-repository";
import { disableTwoFactor } from "@madoguchi/db/account/two-factor-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { auditAccount } from "../auth/account-audit";
import { type AccountCtx, auditMeta } from "../auth/account-context";
import { endAllSessions } from "../auth/end-sessions";
import { notifyTwoFactorChange } from "../auth/two-factor";

type AdminAction = (
  tx: DbOrTx,
  staffId: string,
  now: Date,
) => Promise<Record<string, string | number | boolean>>;

/** One admin action on one member: existence checked, done in a transaction, audited. */
async function administer(
  ctx: AccountCtx,
  input: { adminId: string; staffId: string; action: string; notOnSelf?: boolean },
  act: AdminAction,
): Promise<Record<string, string | number | boolean>> {
  if (input.notOnSelf && input.adminId === input.staffId)
    throw new DomainError("CONFLICT", "staff.notOnSelf");
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    if (!(await findStaffAccount(tx, input.staffId))) throw new DomainError("NOT_FOUND", "staff.notFound");
    const data = await act(tx, input.staffId, now);
    await auditAccount(tx, auditMeta(ctx, now), {
      action: input.action,
      object: { kind: "staff", id: input.staffId },
      actor: { kind: "staff", id: input.adminId },
      data,
    });
    return data;
  });
}

/** Deactivation ends every session of the member at their next request, and refuses sign-in. */
export function deactivateStaff(ctx: AccountCtx, adminId: string, staffId: string) {
  return administer(
    ctx,
    { adminId, staffId, action: "staff.deactivated", notOnSelf: true },
    async (tx, id, now) => {
      const changed = await setStaffActive(tx, id, false);
      const sessionsEnded = await endAllSessions(tx, { kind: "staff", id }, now);
      return { changed, sessionsEnded };
    },
  );
}

export function reactivateStaff(ctx: AccountCtx, adminId: string, staffId: string) {
  return administer(ctx, { adminId, staffId, action: "staff.reactivated" }, async (tx, id) => ({
    changed: await setStaffActive(tx, id, true),
  }));
}

export function endStaffSessions(ctx: AccountCtx, adminId: string, staffId: string) {
  return administer(ctx, { adminId, staffId, action: "staff.sessions_ended" }, async (tx, id, now) => ({
    sessionsEnded: await endAllSessions(tx, { kind: "staff", id }, now),
  }));
}

/**
 * For a member who lost their authenticator: two-factor off and every session ended; their next
 * sign-in must enroll again before anything else works.
 */
export function resetStaffTwoFactor(ctx: AccountCtx, adminId: string, staffId: string) {
  return administer(
    ctx,
    { adminId, staffId, action: "staff.two_factor_reset", notOnSelf: true },
    async (tx, id, now) => {
      const subject = { kind: "staff" as const, id };
      await disableTwoFactor(tx, subject);
      const sessionsEnded = await endAllSessions(tx, subject, now);
      const contact = await findAccountContact(tx, subject);
      if (contact) await notifyTwoFactorChange(tx, contact, false);
      return { sessionsEnded };
    },
  );
}
