import { type Permission, can } from "@madoguchi/core/access/permissions";
import { DomainError, type DomainErrorCode } from "@madoguchi/core/errors/domain-error";
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

/** A signed-in staff member of any role. */
export const staffProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.session?.kind !== "staff") throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, staff: { id: ctx.session.staffId, role: ctx.session.role } } });
});

/** A staff member whose role grants `permission` in core's permission table. */
export function staffProcedureWith(permission: Permission) {
  return staffProcedure.use(({ ctx, next }) => {
    if (!can(ctx.staff.role, permission)) throw new TRPCError({ code: "FORBIDDEN" });
    return next();
  });
}
