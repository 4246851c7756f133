import { unfreezeDecisionSchema, unfreezeRequestSchema } from "@madoguchi/core/account/unfreeze-approval";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { findCustomerAccountState } from "@madoguchi/db/account/customer-account-repository";
import { z } from "zod";
import type { AccountCtx } from "../auth/account-context";
import { unlockByStaff } from "../auth/unlock-account";
import { consoleProcedure } from "../console/console-procedure";
import { router } from "../trpc/init";
import { staffProcedureWith } from "../trpc/procedures";
import {
  decideUnfreeze,
  listPendingUnfreezes,
  pendingUnfreezeOf,
  requestUnfreeze,
} from "./unfreeze-requests";

const support = staffProcedureWith("customer.unfreeze");
/** The same permission, with the caller's windows: a request made on a security ticket stays with its team. */
const unfreezing = consoleProcedure("customer.unfreeze");
const target = z.object({ customerId: z.uuid() });

async function stateOf(ctx: AccountCtx, customerId: string) {
  const state = await findCustomerAccountState(ctx.db, customerId);
  if (!state) throw new DomainError("NOT_FOUND", "account.notFound");
  return state;
}

/**
 * Lifting a customer's lock or freeze, after the identity checks of the security window. Only
 * flags are shown (no personal data); revealing those is another permission. Unfreezing takes
 * two people: one asks (with the reason), another approves.
 */
export const customerAccountRouter = router({
  state: support.input(target).query(({ ctx, input }) => stateOf(ctx, input.customerId)),
  unlock: support
    .input(target)
    .mutation(({ ctx, input }) =>
      unlockByStaff(ctx, ctx.staff.id, { kind: "customer", id: input.customerId }),
    ),
  pendingUnfreeze: unfreezing
    .input(target)
    .query(({ ctx, input }) => pendingUnfreezeOf(ctx, input.customerId)),
  listPendingUnfreezes: unfreezing.query(({ ctx }) => listPendingUnfreezes(ctx)),
  requestUnfreeze: unfreezing
    .input(unfreezeRequestSchema)
    .mutation(({ ctx, input }) => requestUnfreeze(ctx, input)),
  approveUnfreeze: unfreezing
    .input(unfreezeDecisionSchema)
    .mutation(({ ctx, input }) => decideUnfreeze(ctx, { ...input, decision: "approve" })),
  rejectUnfreeze: unfreezing
    .input(unfreezeDecisionSchema)
    .mutation(({ ctx, input }) => decideUnfreeze(ctx, { ...input, decision: "reject" })),
  withdrawUnfreeze: unfreezing
    .input(unfreezeDecisionSchema)
    .mutation(({ ctx, input }) => decideUnfreeze(ctx, { ...input, decision: "withdraw" })),
});
