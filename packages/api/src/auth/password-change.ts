import type { AccountSubject } from "@madoguchi/core/account/account-subject";
import { checkPassword, passwordProblemMessageKey } from "@madoguchi/core/account/password-policy";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { setPasswordHash } from "@madoguchi/db/account/credentials-repository";
import { enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { revokeSessions } from "@madoguchi/db/session/auth-session-repository";
import { auditAccount } from "./account-audit";
import { type AccountCtx, auditMeta } from "./account-context";
import { hashPassword } from "./password-hashing";
import { reauthenticate } from "./reauthenticate";

/** Refuses a new password the policy rejects for this account, with the first problem's message. */
export function assertAcceptablePassword(password: string, account: { email: string; name: string }): void {
  const [problem] = checkPassword(password, { email: account.email, fullName: account.name });
  if (problem) throw new DomainError("INVALID", passwordProblemMessageKey[problem]);
}

/**
 * A signed-in password change: the current password first, then the new one against the policy.
 * `signOutOtherSessions` is the "sign out everywhere else" offered with it.
 */
export async function changePassword(
  ctx: AccountCtx,
  subject: AccountSubject,
  input: {
    currentPassword: string;
    newPassword: string;
    signOutOtherSessions: boolean;
    currentSessionId: string | undefined;
  },
): Promise<{ changed: true; sessionsRevoked: number }> {
  const account = await reauthenticate(ctx, subject, input.currentPassword);
  assertAcceptablePassword(input.newPassword, account);
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    await setPasswordHash(tx, subject, passwordHash);
    const sessionsRevoked = input.signOutOtherSessions
      ? await revokeSessions(tx, subject, { now, exceptId: input.currentSessionId ?? null })
      : 0;
    await enqueueEmail(tx, {
      to: account.email,
      locale: account.locale,
      template: "password_changed",
      data: { name: account.name },
    });
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "auth.password.changed",
      object: subject,
      actor: subject,
      data: { sessionsRevoked },
    });
    return { changed: true, sessionsRevoked };
  });
}
