import type { AuditActorKind, AuditCursor } from "@madoguchi/core/audit/audit-filters";
import type { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";
import { customerIdByEmail, staffIdByEmail } from "../account/email-lookup";

export interface AuditQuery {
  actorKind?: AuditActorKind;
  /** Entries by any of these actors; an empty list matches nothing (an unknown address). */
  actorIds?: readonly string[];
  objectType?: string;
  objectId?: string;
  /** `auth.` finds `auth.signin.failed`, `auth.signin.succeeded` ... */
  actionPrefix?: string;
  since?: Date;
  until?: Date;
  cursor?: AuditCursor;
  take: number;
}

export interface AuditRow {
  id: string;
  at: Date;
  actorKind: AuditActorKind;
  actorId: string | null;
  /** Staff actors' names; customers are shown by id only (the log is not a way round PII masking). */
  staff: { displayName: string; email: string } | null;
  action: string;
  objectType: string;
  objectId: string | null;
  ip: string | null;
  userAgent: string | null;
  data: Prisma.JsonValue;
}

/**
 * A page of the audit log, newest first, keyset-paginated on (at, id). Filters by actor ride on
 * `audit_log(actor_kind, actor_id, at)`, by object on `audit_log(object_type, object_id, at)`,
 * and the rest on `audit_log(at)`. There is no update or delete here, nor anywhere: the log is
 * append-only, and the database refuses both.
 */
export async function listAuditEntries(
  db: DbOrTx,
  query: AuditQuery,
): Promise<{ rows: AuditRow[]; next: AuditCursor | null }> {
  if (query.actorIds && query.actorIds.length === 0) return { rows: [], next: null };
  const where: Prisma.AuditLogWhereInput[] = [];
  if (query.actorKind) where.push({ actorKind: query.actorKind });
  if (query.actorIds) where.push({ actorId: { in: [...query.actorIds] } });
  if (query.objectType) where.push({ objectType: query.objectType });
  if (query.objectId) where.push({ objectId: query.objectId });
  // Prisma passes the prefix to LIKE as is: `_` and `%` would match any character.
  if (query.actionPrefix)
    where.push({ action: { startsWith: query.actionPrefix.replace(/[\\%_]/g, "\\$&") } });
  if (query.since) where.push({ at: { gte: query.since } });
  if (query.until) where.push({ at: { lt: query.until } });
  if (query.cursor) {
    const id = BigInt(query.cursor.id);
    where.push({ OR: [{ at: { lt: query.cursor.at } }, { at: query.cursor.at, id: { lt: id } }] });
  }
  const rows = await db.auditLog.findMany({
    where: { AND: where },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: query.take + 1,
    select: {
      id: true,
      at: true,
      actorKind: true,
      actorId: true,
      action: true,
      objectType: true,
      objectId: true,
      ip: true,
      userAgent: true,
      data: true,
    },
  });
  const page = rows.slice(0, query.take);
  const staffIds = [
    ...new Set(
      page.filter((row) => row.actorKind === "staff" && row.actorId).map((row) => row.actorId as string),
    ),
  ];
  const staff = staffIds.length
    ? await db.staff.findMany({
        where: { id: { in: staffIds } },
        select: { id: true, displayName: true, email: true },
      })
    : [];
  const staffById = new Map(staff.map(({ id, ...rest }) => [id, rest]));
  const last = page.at(-1);
  return {
    rows: page.map((row) => ({
      ...row,
      id: row.id.toString(),
      staff: row.actorKind === "staff" && row.actorId ? (staffById.get(row.actorId) ?? null) : null,
    })),
    next: rows.length > query.take && last ? { at: last.at, id: last.id.toString() } : null,
  };
}

/** The staff members and customers a (canonical) address belongs to: either kind may act in the log. */
export async function findAuditActorIds(db: DbOrTx, email: string): Promise<string[]> {
  const ids = await Promise.all([staffIdByEmail(db, email), customerIdByEmail(db, email)]);
  return ids.filter((id): id is string => id !== null);
}
