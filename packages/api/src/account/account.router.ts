import { DomainError } from "@madoguchi/core/errors/domain-error";
import { findCustomerProfile } from "@madoguchi/db/customer/customer-repository";
import { router } from "../trpc/init";
import { customerProcedure } from "../trpc/procedures";

export const accountRouter = router({
  /** The signed-in customer's own profile. */
  profile: customerProcedure.query(async ({ ctx }) => {
    const profile = await findCustomerProfile(ctx.db, ctx.customer.id);
    if (!profile) throw new DomainError("NOT_FOUND", "account.notFound");
    return profile;
  }),
});
