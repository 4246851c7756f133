import type { Context } from "../context/context";
import type { AuditMeta } from "./account-audit";

/** What the account use cases need of a request: the database, who is asking, and the clock. */
export type AccountCtx = Pick<Context, "db" | "ip" | "userAgent" | "now">;

export function auditMeta(ctx: AccountCtx, now: Date): AuditMeta {
  return { ip: ctx.ip, userAgent: ctx.userAgent, now };
}
