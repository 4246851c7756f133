import { type Permission, can } from "@madoguchi/core/access/permissions";
import { DomainError, type DomainErrorCode } from "@madoguchi/core/errors/domain-error";
import { isCustomerVerified } from "@madoguchi/db/account/customer-account-repository";
import { TRPCError } from "@trpc/server";
import { t } from "./init";

const transportCode: Record<DomainErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  CONFLICT: "CONFLICT",
  INVALID: "BAD_REQUEST",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};

/** The one place where domain errors become transport errors. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: transportCode[cause.code], message: cause.messageKey, cause });
  }
  return result;
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(domainErrors);

/** A signed-in customer; the session's customer id scopes every query below it. */
export const customerProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.session?.kind !== "customer") throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, customer: { id: ctx.session.customerId } } });
});

/**
 * A signed-in customer whose email address is confirmed: what filing an inquiry needs. Read from
 * the database, so a link clicked on another device counts at once.
 */
export const verifiedCustomerProcedure = customerProcedure.use(async ({ ctx, next }) => {
  const verified = await isCustomerVerified(ctx.db, ctx.customer.id);
  if (verified === null) throw new DomainError("NOT_FOUND", "account.notFound");
  if (!verified) throw new DomainError("FORBIDDEN", "account.emailNotVerified");
  return next();
});

/**
 * A signed-in staff member of any role, two-factor enrolled. A member who signed in but has not
 * enrolled yet is told so (FORBIDDEN, `staff.twoFactorEnrollmentRequired`), so the console can
 * send them to enrollment.
 */
export const staffProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.session?.kind === "staff_enrollment") {
    throw new DomainError("FORBIDDEN", "staff.twoFactorEnrollmentRequired");
  }
  if (ctx.session?.kind !== "staff") throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, staff: { id: ctx.session.staffId, role: ctx.session.role } } });
});

/**
 * A staff member who signed in, two-factor enrolled or not: only two-factor enrollment accepts
 * the session of a member who has not enrolled yet.
 */
export const staffEnrollmentProcedure = publicProcedure.use(({ ctx, next }) => {
  const session = ctx.session;
  if (session?.kind !== "staff" && session?.kind !== "staff_enrollment") {
    throw new TRPCError({ code: "UNAUTHORIZED" });
  }
  return next({ ctx: { ...ctx, staff: { id: session.staffId } } });
});

/** A staff member whose role grants `permission` in core's permission table. */
export function staffProcedureWith(permission: Permission) {
  return staffProcedure.use(({ ctx, next }) => {
    if (!can(ctx.staff.role, permission)) throw new TRPCError({ code: "FORBIDDEN" });
    return next();
  });
}
