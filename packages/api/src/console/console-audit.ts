import { type AuditEntry, recordAudit } from "@madoguchi/db/audit/audit-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import type { ConsoleCtx } from "./console-procedure";

/** A staff action in the audit log, with where it came from. */
export function auditStaffAction(
  db: DbOrTx,
  ctx: ConsoleCtx,
  entry: { action: string; objectType: string; objectId: string | null; data?: AuditEntry["data"]; at: Date },
): Promise<void> {
  return recordAudit(db, {
    actorKind: "staff",
    actorId: ctx.scope.id,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    ...(entry.data ? { data: entry.data } : {}),
    at: entry.at,
  });
}
