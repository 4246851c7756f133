import type { AccountKind, AccountSubject } from "@madoguchi/core/account/account-subject";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import type { RequestMeta } from "./request-meta";

export type AuditMeta = RequestMeta & { now: Date };

export interface AccountAuditEntry {
  /** `auth.*` for sign-in and credentials, `staff.*` for staff administration. */
  action: string;
  /** The account concerned; id null when the attempt named no existing account. */
  object: { kind: AccountKind; id: string | null };
  /** Who acted: the account itself, a staff member, or (omitted) nobody signed in. */
  actor?: AccountSubject | null;
  /** Never a secret: no password, code, token or hash. */
  data?: Record<string, string | number | boolean | null>;
}

/** Every auth event goes through here, with the request's IP and user agent. */
export function auditAccount(db: DbOrTx, meta: AuditMeta, entry: AccountAuditEntry): Promise<void> {
  return recordAudit(db, {
    actorKind: entry.actor?.kind ?? "system",
    actorId: entry.actor?.id ?? null,
    action: entry.action,
    objectType: entry.object.kind,
    objectId: entry.object.id,
    ip: meta.ip,
    userAgent: meta.userAgent,
    data: entry.data ?? {},
    at: meta.now,
  });
}
