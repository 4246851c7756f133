import type { Permission } from "@madoguchi/core/access/permissions";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { settingsIssueKey } from "@madoguchi/core/settings/settings-issues";
import type { Prisma } from "@madoguchi/db/generated/prisma/client";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { z } from "zod";
import { auditStaffAction } from "../console/console-audit";
import { type ConsoleCtx, consoleProcedure } from "../console/console-procedure";

/**
 * A settings procedure: the role must grant `permission`, and an input the schema refuses
 * becomes INVALID with the message key of its first issue (`settings.calendar.closesAt.…`),
 * which the console translates next to the field, instead of zod's English sentence.
 */
export function settingsProcedure(permission: Permission, area: string) {
  return consoleProcedure(permission).use(async ({ next }) => {
    const result = await next();
    if (!result.ok && result.error.cause instanceof z.ZodError) {
      const first = result.error.cause.issues[0];
      throw new DomainError("INVALID", first ? settingsIssueKey(area, first) : `${area}.invalid`);
    }
    return result;
  });
}

/** Every change of settings is audited with what it was and what it became. */
export function auditSettingChange(
  tx: DbOrTx,
  ctx: ConsoleCtx,
  change: {
    action: string;
    objectType: string;
    objectId: string | null;
    before: unknown;
    after: unknown;
    at: Date;
  },
): Promise<void> {
  return auditStaffAction(tx, ctx, {
    action: change.action,
    objectType: change.objectType,
    objectId: change.objectId,
    data: { before: jsonValue(change.before), after: jsonValue(change.after) },
    at: change.at,
  });
}

/** Dates as ISO strings and `undefined` dropped: what a JSON column keeps. */
function jsonValue(value: unknown): Prisma.InputJsonValue | null {
  return value === undefined || value === null
    ? null
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
