import type { AccountKind, AccountSubject } from "@madoguchi/core/account/account-subject";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { findAccountContact } from "@madoguchi/db/account/credentials-repository";
import { clearLock } from "@madoguchi/db/account/lockout-repository";
import { auditAccount } from "./account-audit";
import { type AccountCtx, auditMeta } from "./account-context";
import { useActionToken } from "./action-token";

/** The link of an `account_locked` email: lifts the lock at once and clears the failure count. */
export async function unlockWithToken(
  ctx: AccountCtx,
  kind: AccountKind,
  token: string,
): Promise<{ unlocked: true }> {
  const now = ctx.now();
  await ctx.db.$transaction(async (tx) => {
    const used = await useActionToken(tx, { purpose: "unlock_account", token, now });
    // A staff link opened on the portal (or the reverse) is not a link of this app.
    if (used.subject.kind !== kind) throw new DomainError("INVALID", "account.link.invalid");
    const wasLocked = await clearLock(tx, used.subject, now);
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.account.unlocked",
      object: used.subject,
      actor: used.subject,
      data: { by: "link", wasLocked },
    });
  });
  return { unlocked: true };
}

/** Support or an admin lifts a lock after checking who is asking. */
export async function unlockByStaff(
  ctx: AccountCtx,
  staffId: string,
  subject: AccountSubject,
): Promise<{ wasLocked: boolean }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    if (!(await findAccountContact(tx, subject))) throw new DomainError("NOT_FOUND", "account.notFound");
    const wasLocked = await clearLock(tx, subject, now);
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.account.unlocked",
      object: subject,
      actor: { kind: "staff", id: staffId },
      data: { by: "staff", wasLocked },
    });
    return { wasLocked };
  });
}
