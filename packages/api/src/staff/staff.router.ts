import { newPasswordSchema, presentedPasswordSchema } from "@madoguchi/core/account/password-policy";
import { totpCodeSchema } from "@madoguchi/core/account/totp";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { localeSchema } from "@madoguchi/core/locale/locale";
import { findStaffProfile, setStaffLocale } from "@madoguchi/db/staff/staff-repository";
import { z } from "zod";
import { changePassword } from "../auth/password-change";
import { listSessions, revokeAllSessions, revokeOneSession } from "../auth/session-management";
import {
  beginTwoFactorEnrollment,
  confirmTwoFactorEnrollment,
  regenerateRecoveryCodes,
  twoFactorStatus,
} from "../auth/two-factor";
import {
  ownAvailability,
  setMemberAvailability,
  setOwnAvailability,
  teamAvailability,
} from "./staff-availability";
import { consoleProcedure } from "../console/console-procedure";
import { router } from "../trpc/init";
import { staffEnrollmentProcedure, staffProcedure } from "../trpc/procedures";

const staff = (id: string) => ({ kind: "staff" as const, id });

/**
 * Two-factor is mandatory for staff: a member who has not enrolled may call these and nothing
 * else. There is no "disable"; an admin resets a lost authenticator.
 */
const staffTwoFactorRouter = router({
  status: staffEnrollmentProcedure.query(({ ctx }) => twoFactorStatus(ctx, staff(ctx.staff.id))),
  begin: staffEnrollmentProcedure.mutation(({ ctx }) => beginTwoFactorEnrollment(ctx, staff(ctx.staff.id))),
  confirm: staffEnrollmentProcedure
    .input(
      z.object({
        enrollment: z.string().max(2048),
        code: totpCodeSchema,
        signOutOtherSessions: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) =>
      confirmTwoFactorEnrollment(ctx, staff(ctx.staff.id), {
        ...input,
        currentSessionId: ctx.session?.sessionId,
      }),
    ),
  regenerateRecoveryCodes: staffProcedure
    .input(z.object({ password: presentedPasswordSchema }))
    .mutation(({ ctx, input }) => regenerateRecoveryCodes(ctx, staff(ctx.staff.id), input)),
});

const staffSessionsRouter = router({
  list: staffProcedure.query(({ ctx }) => listSessions(ctx, staff(ctx.staff.id), ctx.session?.sessionId)),
  revoke: staffProcedure
    .input(z.object({ sessionId: z.uuid() }))
    .mutation(({ ctx, input }) => revokeOneSession(ctx, staff(ctx.staff.id), input.sessionId)),
  revokeAll: staffProcedure
    .input(z.object({ includeCurrent: z.boolean().default(false) }))
    .mutation(({ ctx, input }) =>
      revokeAllSessions(ctx, staff(ctx.staff.id), {
        currentSessionId: ctx.session?.sessionId,
        includeCurrent: input.includeCurrent,
      }),
    ),
});

export const staffRouter = router({
  /** The signed-in staff member, with role and windows. */
  me: staffProcedure.query(async ({ ctx }) => {
    const profile = await findStaffProfile(ctx.db, ctx.staff.id);
    if (!profile) throw new DomainError("NOT_FOUND", "staff.notFound");
    return profile;
  }),
  changePassword: staffProcedure
    .input(
      z.object({
        currentPassword: presentedPasswordSchema,
        newPassword: newPasswordSchema,
        signOutOtherSessions: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) =>
      changePassword(ctx, staff(ctx.staff.id), { ...input, currentSessionId: ctx.session?.sessionId }),
    ),
  /** The member's language: the console's (with its cookie) and that of emails sent to them. */
  setLocale: staffProcedure
    .input(z.object({ locale: localeSchema }))
    .mutation(({ ctx, input }) => setStaffLocale(ctx.db, { staffId: ctx.staff.id, locale: input.locale })),
  twoFactor: staffTwoFactorRouter,
  sessions: staffSessionsRouter,
  /** Whether round-robin hands the signed-in member new tickets, with their windows. */
  availability: staffProcedure.query(({ ctx }) => ownAvailability(ctx, ctx.staff.id)),
  setAvailability: staffProcedure
    .input(z.object({ available: z.boolean() }))
    .mutation(({ ctx, input }) => setOwnAvailability(ctx, ctx.staff.id, input.available)),
  /** Leads: the members of their windows (admins: everyone), for setting availability. */
  teamAvailability: consoleProcedure("queue.manage").query(({ ctx }) => teamAvailability(ctx)),
  setMemberAvailability: consoleProcedure("queue.manage")
    .input(z.object({ staffId: z.uuid(), available: z.boolean() }))
    .mutation(({ ctx, input }) => setMemberAvailability(ctx, input)),
});
