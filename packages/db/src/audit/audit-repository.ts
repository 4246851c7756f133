import type { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface AuditEntry {
  actorKind: "customer" | "staff" | "system";
  actorId?: string | null;
  /** Dotted verb, e.g. `auth.signin.failed`, `ticket.status.changed`, `customer.pii.revealed`. */
  action: string;
  objectType: string;
  objectId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** Never a secret: no passwords, codes, tokens or full personal data. */
  data?: Prisma.InputJsonObject;
  at?: Date;
}

/** Appends to the audit log (append-only: the database refuses updates and deletes). */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorKind: entry.actorKind,
      actorId: entry.actorId ?? null,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent?.slice(0, 512) ?? null,
      data: entry.data ?? {},
      ...(entry.at ? { at: entry.at } : {}),
    },
    select: { id: true },
  });
}
