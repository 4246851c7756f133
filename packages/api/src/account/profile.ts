import { isPlausibleDateOfBirth } from "@madoguchi/core/account/account-schemas";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { Locale } from "@madoguchi/core/locale/locale";
import {
  type AccountProfile,
  findAccountProfile,
  updateCustomerProfile,
} from "@madoguchi/db/account/customer-account-repository";
import { auditAccount } from "../auth/account-audit";
import { type AccountCtx, auditMeta } from "../auth/account-context";

export async function getProfile(ctx: AccountCtx, customerId: string): Promise<AccountProfile> {
  const profile = await findAccountProfile(ctx.db, customerId);
  if (!profile) throw new DomainError("NOT_FOUND", "account.notFound");
  return profile;
}

/** Name, date of birth and language. The plan is the exchange's to change, not the customer's. */
export async function updateProfile(
  ctx: AccountCtx,
  customerId: string,
  input: { fullName: string; dateOfBirth: string | null; locale?: Locale | undefined },
): Promise<AccountProfile> {
  await getProfile(ctx, customerId);
  const now = ctx.now();
  if (input.dateOfBirth && !isPlausibleDateOfBirth(input.dateOfBirth, now)) {
    throw new DomainError("INVALID", "account.dateOfBirth.invalid");
  }
  const subject = { kind: "customer" as const, id: customerId };
  await ctx.db.$transaction(async (tx) => {
    await updateCustomerProfile(tx, customerId, input);
    await auditAccount(tx, auditMeta(ctx, now), {
      action: "account.profile.updated",
      object: subject,
      actor: subject,
    });
  });
  return getProfile(ctx, customerId);
}
