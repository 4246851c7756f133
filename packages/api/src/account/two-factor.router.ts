import { totpCodeSchema } from "@madoguchi/core/account/totp";
import { presentedPasswordSchema } from "@madoguchi/core/account/password-policy";
import { z } from "zod";
import {
  beginTwoFactorEnrollment,
  confirmTwoFactorEnrollment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  twoFactorStatus,
} from "../auth/two-factor";
import { router } from "../trpc/init";
import { customerProcedure } from "../trpc/procedures";

const customer = (id: string) => ({ kind: "customer" as const, id });

/** A customer's own two-factor: enroll with a QR code, recovery codes, turn off with the password. */
export const customerTwoFactorRouter = router({
  status: customerProcedure.query(({ ctx }) => twoFactorStatus(ctx, customer(ctx.customer.id))),
  begin: customerProcedure.mutation(({ ctx }) => beginTwoFactorEnrollment(ctx, customer(ctx.customer.id))),
  confirm: customerProcedure
    .input(
      z.object({
        enrollment: z.string().max(2048),
        code: totpCodeSchema,
        signOutOtherSessions: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) =>
      confirmTwoFactorEnrollment(ctx, customer(ctx.customer.id), {
        ...input,
        currentSessionId: ctx.session?.sessionId,
      }),
    ),
  disable: customerProcedure
    .input(z.object({ password: presentedPasswordSchema, signOutOtherSessions: z.boolean().default(false) }))
    .mutation(({ ctx, input }) =>
      disableTwoFactor(ctx, customer(ctx.customer.id), {
        ...input,
        currentSessionId: ctx.session?.sessionId,
      }),
    ),
  regenerateRecoveryCodes: customerProcedure
    .input(z.object({ password: presentedPasswordSchema }))
    .mutation(({ ctx, input }) => regenerateRecoveryCodes(ctx, customer(ctx.customer.id), input)),
});
