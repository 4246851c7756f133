import { profileInputSchema } from "@madoguchi/core/account/account-schemas";
import { emailSchema } from "@madoguchi/core/account/canonical-email";
import { newPasswordSchema, presentedPasswordSchema } from "@madoguchi/core/account/password-policy";
import { z } from "zod";
import { changePassword } from "../auth/password-change";
import { router } from "../trpc/init";
import { customerProcedure } from "../trpc/procedures";
import { requestEmailChange } from "./email-change";
import { resendVerification } from "./email-verification";
import { freezeSignedIn } from "./freeze-account";
import { getProfile, updateProfile } from "./profile";
import { customerSessionsRouter } from "./sessions.router";
import { customerTwoFactorRouter } from "./two-factor.router";

/** The signed-in customer's own account; the id always comes from the session. */
export const accountRouter = router({
  /** Profile, plan (read-only), and whether the address is verified (required to file inquiries). */
  profile: customerProcedure.query(({ ctx }) => getProfile(ctx, ctx.customer.id)),
  updateProfile: customerProcedure
    .input(profileInputSchema)
    .mutation(({ ctx, input }) => updateProfile(ctx, ctx.customer.id, input)),
  resendVerification: customerProcedure.mutation(({ ctx }) => resendVerification(ctx, ctx.customer.id)),
  changePassword: customerProcedure
    .input(
      z.object({
        currentPassword: presentedPasswordSchema,
        newPassword: newPasswordSchema,
        signOutOtherSessions: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) =>
      changePassword(
        ctx,
        { kind: "customer", id: ctx.customer.id },
        { ...input, currentSessionId: ctx.session?.sessionId },
      ),
    ),
  requestEmailChange: customerProcedure
    .input(z.object({ newEmail: emailSchema, password: presentedPasswordSchema }))
    .mutation(({ ctx, input }) => requestEmailChange(ctx, ctx.customer.id, input)),
  /** Emergency freeze, at once: every session ends, this one included. */
  freeze: customerProcedure.mutation(({ ctx }) => freezeSignedIn(ctx, ctx.customer.id)),
  twoFactor: customerTwoFactorRouter,
  sessions: customerSessionsRouter,
});
