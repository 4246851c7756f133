import { actionTokenSchema, signUpInputSchema } from "@madoguchi/core/account/account-schemas";
import { emailSchema } from "@madoguchi/core/account/canonical-email";
import { newPasswordSchema } from "@madoguchi/core/account/password-policy";
import { z } from "zod";
import { unlockWithToken } from "../auth/unlock-account";
import { router } from "../trpc/init";
import { publicProcedure } from "../trpc/procedures";
import { confirmEmailChange } from "./email-change";
import { verifyEmail } from "./email-verification";
import { confirmFreeze, requestFreeze } from "./freeze-account";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { signUp } from "./sign-up";

const tokenInput = z.object({ token: actionTokenSchema });
const emailInput = z.object({ email: emailSchema });

/**
 * The customer flows that work without signing in: sign-up and the emailed links. Sign-in itself
 * is next-auth's (`/api/auth`, provider `customer`). Answers that start from a typed address are
 * the same whether it has an account or not.
 */
export const authRouter = router({
  signUp: publicProcedure.input(signUpInputSchema).mutation(({ ctx, input }) => signUp(ctx, input)),
  verifyEmail: publicProcedure.input(tokenInput).mutation(({ ctx, input }) => verifyEmail(ctx, input.token)),
  requestPasswordReset: publicProcedure
    .input(emailInput)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input.email)),
  resetPassword: publicProcedure
    .input(z.object({ token: actionTokenSchema, password: newPasswordSchema }))
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),
  unlock: publicProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => unlockWithToken(ctx, "customer", input.token)),
  requestFreeze: publicProcedure
    .input(emailInput)
    .mutation(({ ctx, input }) => requestFreeze(ctx, input.email)),
  confirmFreeze: publicProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => confirmFreeze(ctx, input.token)),
  confirmEmailChange: publicProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => confirmEmailChange(ctx, input.token)),
});
