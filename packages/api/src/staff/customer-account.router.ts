import { DomainError } from "@madoguchi/core/errors/domain-error";
import { findCustomerAccountState } from "@madoguchi/db/account/customer-account-repository";
import { z } from "zod";
import { unfreezeByStaff } from "../account/freeze-account";
import type { AccountCtx } from "../auth/account-context";
import { unlockByStaff } from "../auth/unlock-account";
import { router } from "../trpc/init";
import { staffProcedureWith } from "../trpc/procedures";

const support = staffProcedureWith("customer.unfreeze");
const target = z.object({ customerId: z.uuid() });

async function stateOf(ctx: AccountCtx, customerId: string) {
  const state = await findCustomerAccountState(ctx.db, customerId);
  if (!state) throw new DomainError("NOT_FOUND", "account.notFound");
  return state;
}

/**
 * Lifting a customer's lock or freeze, after the identity checks of the security window. Only
 * flags are shown (no personal data); revealing those is another permission.
 */
export const customerAccountRouter = router({
  state: support.input(target).query(({ ctx, input }) => stateOf(ctx, input.customerId)),
  unlock: support
    .input(target)
    .mutation(({ ctx, input }) =>
      unlockByStaff(ctx, ctx.staff.id, { kind: "customer", id: input.customerId }),
    ),
  unfreeze: support.input(target).mutation(async ({ ctx, input }) => {
    await stateOf(ctx, input.customerId);
    return unfreezeByStaff(ctx, ctx.staff.id, input.customerId);
  }),
});
