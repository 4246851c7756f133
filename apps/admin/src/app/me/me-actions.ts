"use server";

import { newPasswordSchema } from "@madoguchi/core/account/password-policy";
import { refresh } from "next/cache";
import { z } from "zod";
import { invalid, type Issue, refusal, text } from "@/components/account/action-errors";
import type { FormState } from "@/components/account/form-state";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";

const reauthFields = [
  ["account.password.incorrect", "currentPassword"],
  ["account.reauth", "currentPassword"],
  ["account.password", "newPassword"],
] as const;

export type StaffPasswordState = FormState<{ sessionsRevoked: number }>;

/** A member changes their password, signing out their other devices if they like. */
export async function changeStaffPasswordAction(
  _previous: StaffPasswordState,
  form: FormData,
): Promise<StaffPasswordState> {
  const locale = await getConsoleLocale();
  const currentPassword = text(form, "currentPassword");
  const newPassword = text(form, "newPassword");
  const checked = newPasswordSchema.safeParse(newPassword);
  const issues: Issue[] = [
    ...(currentPassword ? [] : [{ path: ["currentPassword"], message: "account.password.required" }]),
    ...(checked.success ? [] : checked.error.issues.map((issue) => ({ ...issue, path: ["newPassword"] }))),
  ];
  if (issues.length > 0) return invalid(issues, { locale });
  try {
    const result = await (
      await serverCaller()
    ).staff.changePassword({
      currentPassword,
      newPassword,
      signOutOtherSessions: form.get("signOutOthers") === "yes",
    });
    refresh();
    return { status: "done", errors: {}, values: {}, data: { sessionsRevoked: result.sessionsRevoked } };
  } catch (error) {
    return refusal(error, { locale, fields: reauthFields });
  }
}

export type RecoveryCodesState = FormState<{ codes: string[] }>;

/** Ten new recovery codes (the old ones stop working), after the password. */
export async function regenerateCodesAction(
  _previous: RecoveryCodesState,
  form: FormData,
): Promise<RecoveryCodesState> {
  const locale = await getConsoleLocale();
  const password = text(form, "password");
  if (!password) return invalid([{ path: ["password"], message: "account.password.required" }], { locale });
  try {
    const { recoveryCodes } = await (
      await serverCaller()
    ).staff.twoFactor.regenerateRecoveryCodes({ password });
    return { status: "done", errors: {}, values: {}, data: { codes: recoveryCodes } };
  } catch (error) {
    return refusal(error, {
      locale,
      fields: [
        ["account.password", "password"],
        ["account.reauth", "password"],
      ],
    });
  }
}

export type StaffSessionsState = FormState<{ revoked: number; all: boolean }>;

/** Sign one of one's own devices out, or every other one. */
export async function staffSessionsAction(
  _previous: StaffSessionsState,
  form: FormData,
): Promise<StaffSessionsState> {
  const locale = await getConsoleLocale();
  const sessions = (await serverCaller()).staff.sessions;
  try {
    if (text(form, "intent") === "revokeAll") {
      const { revoked } = await sessions.revokeAll({ includeCurrent: false });
      refresh();
      return { status: "done", errors: {}, values: {}, data: { revoked, all: true } };
    }
    const sessionId = z.uuid().safeParse(text(form, "sessionId"));
    if (!sessionId.success)
      return invalid([{ path: ["form"], message: "account.session.notFound" }], { locale });
    await sessions.revoke({ sessionId: sessionId.data });
    refresh();
    return { status: "done", errors: {}, values: {}, data: { revoked: 1, all: false } };
  } catch (error) {
    return refusal(error, { locale, fields: [] });
  }
}
