import type { StaffRole } from "@madoguchi/core/access/permissions";
import { type AuditEntry, recordAudit } from "@madoguchi/db/audit/audit-repository";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import type { Context } from "../context/context";

/** What the content use cases need of a console call: the staff member, the clock, the request. */
export type ContentCtx = Pick<Context, "db" | "now" | "ip" | "userAgent"> & {
  staff: { id: string; role: StaffRole };
};

/** Who did it: a staff member, or the scheduler (system) publishing a due article. */
export type ContentActor = { kind: "staff"; id: string; role: StaffRole } | { kind: "system" };

export function staffActor(ctx: ContentCtx): ContentActor {
  return { kind: "staff", id: ctx.staff.id, role: ctx.staff.role };
}

/** A content change in the audit log, with where it came from. */
export function auditContent(
  db: DbOrTx,
  actor: ContentActor,
  request: { ip: string | null; userAgent: string | null } | null,
  entry: { action: string; objectType: string; objectId: string; at: Date; data?: AuditEntry["data"] },
): Promise<void> {
  return recordAudit(db, {
    actorKind: actor.kind,
    actorId: actor.kind === "staff" ? actor.id : null,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    ip: request?.ip ?? null,
    userAgent: request?.userAgent ?? null,
    ...(entry.data ? { data: entry.data } : {}),
    at: entry.at,
  });
}
