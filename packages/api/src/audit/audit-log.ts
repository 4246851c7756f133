import { canonicalizeEmail } from "@madoguchi/core/account/canonical-email";
import {
  actorFilterIsId,
  type AuditFilter,
  auditPeriod,
  encodeAuditCursor,
} from "@madoguchi/core/audit/audit-filters";
import { findAuditActorIds, listAuditEntries, type AuditRow } from "@madoguchi/db/audit/audit-queries";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";

async function actorIds(db: DbOrTx, actor: string | undefined): Promise<string[] | undefined> {
  if (!actor) return undefined;
  if (actorFilterIsId(actor)) return [actor.toLowerCase()];
  const email = canonicalizeEmail(actor);
  return email.ok ? findAuditActorIds(db, email.email) : [];
}

/** A page of the audit log for the viewer, newest first, with the cursor of the next page. */
export async function listAuditLog(
  db: DbOrTx,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; next: string | null }> {
  const ids = await actorIds(db, filter.actor);
  const page = await listAuditEntries(db, {
    ...(filter.actorKind ? { actorKind: filter.actorKind } : {}),
    ...(ids ? { actorIds: ids } : {}),
    ...(filter.objectType ? { objectType: filter.objectType } : {}),
    ...(filter.objectId ? { objectId: filter.objectId } : {}),
    ...(filter.action ? { actionPrefix: filter.action } : {}),
    ...auditPeriod(filter),
    ...(filter.cursor ? { cursor: filter.cursor } : {}),
    take: filter.limit,
  });
  return { rows: page.rows, next: encodeAuditCursor(page.next) };
}
