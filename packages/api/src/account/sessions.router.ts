import { z } from "zod";
import { listSessions, revokeAllSessions, revokeOneSession } from "../auth/session-management";
import { router } from "../trpc/init";
import { customerProcedure } from "../trpc/procedures";

const customer = (id: string) => ({ kind: "customer" as const, id });

/** A customer's signed-in devices: see them, sign one out, or all. */
export const customerSessionsRouter = router({
  list: customerProcedure.query(({ ctx }) =>
    listSessions(ctx, customer(ctx.customer.id), ctx.session?.sessionId),
  ),
  revoke: customerProcedure
    .input(z.object({ sessionId: z.uuid() }))
    .mutation(({ ctx, input }) => revokeOneSession(ctx, customer(ctx.customer.id), input.sessionId)),
  revokeAll: customerProcedure
    .input(z.object({ includeCurrent: z.boolean().default(false) }))
    .mutation(({ ctx, input }) =>
      revokeAllSessions(ctx, customer(ctx.customer.id), {
        currentSessionId: ctx.session?.sessionId,
        includeCurrent: input.includeCurrent,
      }),
    ),
});
