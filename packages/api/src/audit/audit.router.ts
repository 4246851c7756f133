import { auditFilterSchema } from "@madoguchi/core/audit/audit-filters";
import { router } from "../trpc/init";
import { staffProcedureWith } from "../trpc/procedures";
import { listAuditLog } from "./audit-log";

/**
 * The audit log, for admins (`audit.read`). Reading only: the application has no path that edits
 * or deletes an entry, and the database refuses both (a trigger on `audit_log`).
 */
export const auditRouter = router({
  list: staffProcedureWith("audit.read")
    .input(auditFilterSchema)
    .query(({ ctx, input }) => listAuditLog(ctx.db, input)),
});
