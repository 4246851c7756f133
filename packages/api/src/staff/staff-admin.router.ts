import { staffRoles } from "@madoguchi/core/access/permissions";
import { fullNameSchema } from "@madoguchi/core/account/account-schemas";
import { emailSchema } from "@madoguchi/core/account/canonical-email";
import { localeSchema } from "@madoguchi/core/locale/locale";
import { teamKeys } from "@madoguchi/core/team/teams";
import { listStaffAccounts } from "@madoguchi/db/account/staff-account-repository";
import { z } from "zod";
import { unlockByStaff } from "../auth/unlock-account";
import { router } from "../trpc/init";
import { staffProcedureWith } from "../trpc/procedures";
import {
  deactivateStaff,
  endStaffSessions,
  reactivateStaff,
  resetStaffTwoFactor,
} from "./staff-administration";
import { inviteStaff, resendInvitation } from "./staff-invitation";

const manage = staffProcedureWith("staff.manage");
const member = z.object({ staffId: z.uuid() });

/** Staff accounts, for admins (`staff.manage`). */
export const staffAdminRouter = router({
  list: manage.query(({ ctx }) => listStaffAccounts(ctx.db)),
  invite: manage
    .input(
      z.object({
        email: emailSchema,
        displayName: fullNameSchema,
        role: z.enum(staffRoles),
        teamKeys: z.array(z.enum(teamKeys)).min(1).max(teamKeys.length),
        locale: localeSchema.default("ja"),
      }),
    )
    .mutation(({ ctx, input }) => inviteStaff(ctx, ctx.staff.id, input)),
  resendInvite: manage
    .input(member)
    .mutation(({ ctx, input }) => resendInvitation(ctx, ctx.staff.id, input.staffId)),
  deactivate: manage
    .input(member)
    .mutation(({ ctx, input }) => deactivateStaff(ctx, ctx.staff.id, input.staffId)),
  reactivate: manage
    .input(member)
    .mutation(({ ctx, input }) => reactivateStaff(ctx, ctx.staff.id, input.staffId)),
  endSessions: manage
    .input(member)
    .mutation(({ ctx, input }) => endStaffSessions(ctx, ctx.staff.id, input.staffId)),
  resetTwoFactor: manage
    .input(member)
    .mutation(({ ctx, input }) => resetStaffTwoFactor(ctx, ctx.staff.id, input.staffId)),
  unlock: manage
    .input(member)
    .mutation(({ ctx, input }) => unlockByStaff(ctx, ctx.staff.id, { kind: "staff", id: input.staffId })),
});
