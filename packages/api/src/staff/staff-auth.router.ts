import { actionTokenSchema } from "@madoguchi/core/account/account-schemas";
import { newPasswordSchema } from "@madoguchi/core/account/password-policy";
import { z } from "zod";
import { unlockWithToken } from "../auth/unlock-account";
import { router } from "../trpc/init";
import { publicProcedure } from "../trpc/procedures";
import { acceptInvitation } from "./staff-invitation";

/** The console's emailed links; sign-in itself is next-auth's (`/api/auth`, provider `staff`). */
export const staffAuthRouter = router({
  acceptInvite: publicProcedure
    .input(z.object({ token: actionTokenSchema, password: newPasswordSchema }))
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
  unlock: publicProcedure
    .input(z.object({ token: actionTokenSchema }))
    .mutation(({ ctx, input }) => unlockWithToken(ctx, "staff", input.token)),
});
