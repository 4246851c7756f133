import { DomainError } from "@madoguchi/core/errors/domain-error";
import { findStaffProfile } from "@madoguchi/db/staff/staff-repository";
import { router } from "../trpc/init";
import { staffProcedure } from "../trpc/procedures";

export const staffRouter = router({
  /** The signed-in staff member, with role and windows. */
  me: staffProcedure.query(async ({ ctx }) => {
    const profile = await findStaffProfile(ctx.db, ctx.staff.id);
    if (!profile) throw new DomainError("NOT_FOUND", "staff.notFound");
    return profile;
  }),
});
