"use server";

import { newPasswordSchema } from "@madoguchi/core/account/password-policy";
import { totpCodeSchema } from "@madoguchi/core/account/totp";
import { refresh } from "next/cache";
import { z } from "zod";
import {
  type FieldOfKey,
  formLocale,
  invalid,
  type Issue,
  refusal,
  text,
} from "@/components/account/action-errors";
import type { FormState } from "@/components/account/form-state";
import type { TwoFactorData, TwoFactorState } from "@/components/account/two-factor-panel";
import { serverCaller } from "@/trpc/server";

export type PasswordChangeState = FormState<{ sessionsRevoked: number }>;

const required = (field: string, value: string): Issue[] =>
  value ? [] : [{ path: [field], message: "account.password.required" }];

/** A signed-in password change, with "sign out everywhere else" offered. */
export async function changePasswordAction(
  _previous: PasswordChangeState,
  form: FormData,
): Promise<PasswordChangeState> {
  const locale = formLocale(form);
  const currentPassword = text(form, "currentPassword");
  const newPassword = text(form, "newPassword");
  const checked = newPasswordSchema.safeParse(newPassword);
  const issues = [
    ...required("currentPassword", currentPassword),
    ...(checked.success ? [] : checked.error.issues.map((issue) => ({ ...issue, path: ["newPassword"] }))),
  ];
  if (issues.length > 0) return invalid(issues, { locale });
  try {
    const result = await (
      await serverCaller()
    ).account.changePassword({
      currentPassword,
      newPassword,
      signOutOtherSessions: form.get("signOutOthers") === "yes",
    });
    refresh();
    return { status: "done", errors: {}, values: {}, data: { sessionsRevoked: result.sessionsRevoked } };
  } catch (error) {
    return refusal(error, {
      locale,
      fields: [
        ["account.password.incorrect", "currentPassword"],
        ["account.reauth", "currentPassword"],
        ["account.password", "newPassword"],
      ],
    });
  }
}

// The QR code comes back from the form only to be shown again to the same person; still, only
// an image of ours is accepted as one.
const qrDataUrlPattern = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/;

function enrollmentOf(form: FormData): Extract<TwoFactorData, { step: "enrolling" }> | null {
  const qrDataUrl = text(form, "qrDataUrl");
  const manualKey = text(form, "manualKey");
  const enrollment = text(form, "enrollment");
  if (!qrDataUrlPattern.test(qrDataUrl) || !manualKey || !enrollment) return null;
  return { step: "enrolling", qrDataUrl, manualKey: manualKey.slice(0, 128), enrollment };
}

const twoFactorFields: Record<string, FieldOfKey> = {
  confirm: [
    ["account.twoFactor.codeInvalid", "code"],
    ["account.twoFactor.codeFormat", "code"],
  ],
  disable: [
    ["account.password", "disablePassword"],
    ["account.reauth", "disablePassword"],
  ],
  regenerate: [
    ["account.password", "regeneratePassword"],
    ["account.reauth", "regeneratePassword"],
  ],
};

/** Two-factor in steps: begin (QR code and key), confirm (first code), disable, new recovery codes. */
export async function twoFactorAction(_previous: TwoFactorState, form: FormData): Promise<TwoFactorState> {
  const locale = formLocale(form);
  const intent = text(form, "intent");
  const signOutOtherSessions = form.get("signOutOthers") === "yes";
  const twoFactor = (await serverCaller()).account.twoFactor;
  const enrolling = intent === "confirm" ? enrollmentOf(form) : null;
  try {
    switch (intent) {
      case "begin": {
        const started = await twoFactor.begin();
        return { status: "idle", errors: {}, values: {}, data: { step: "enrolling", ...started } };
      }
      case "confirm": {
        if (!enrolling)
          return invalid([{ path: ["form"], message: "account.twoFactor.enrollmentInvalid" }], { locale });
        const code = totpCodeSchema.safeParse(text(form, "code"));
        if (!code.success)
          return {
            ...invalid(
              code.error.issues.map((i) => ({ ...i, path: ["code"] })),
              { locale },
            ),
            data: enrolling,
          };
        const { recoveryCodes } = await twoFactor.confirm({
          enrollment: enrolling.enrollment,
          code: code.data,
          signOutOtherSessions,
        });
        refresh();
        return {
          status: "done",
          errors: {},
          values: {},
          data: { step: "codes", codes: recoveryCodes, reason: "enabled" },
        };
      }
      case "disable": {
        const password = text(form, "password");
        if (!password) return invalid(required("disablePassword", password), { locale });
        await twoFactor.disable({ password, signOutOtherSessions });
        refresh();
        return { status: "done", errors: {}, values: {}, data: { step: "disabled" } };
      }
      case "regenerate": {
        const password = text(form, "password");
        if (!password) return invalid(required("regeneratePassword", password), { locale });
        const { recoveryCodes } = await twoFactor.regenerateRecoveryCodes({ password });
        refresh();
        return {
          status: "done",
          errors: {},
          values: {},
          data: { step: "codes", codes: recoveryCodes, reason: "regenerated" },
        };
      }
      default:
        return invalid([{ path: ["form"], message: "failed" }], { locale });
    }
  } catch (error) {
    const state = refusal<TwoFactorData>(error, { locale, fields: twoFactorFields[intent] ?? [] });
    // A wrong code keeps the QR code on screen, so the next code can be tried at once; an
    // expired enrollment starts over.
    return enrolling && state.errors.code !== undefined ? { ...state, data: enrolling } : state;
  }
}

export type SessionsState = FormState<{ revoked: number }>;

/** Sign one device out, or every other one. */
export async function sessionsAction(_previous: SessionsState, form: FormData): Promise<SessionsState> {
  const locale = formLocale(form);
  const sessions = (await serverCaller()).account.sessions;
  try {
    if (text(form, "intent") === "revokeAll") {
      const { revoked } = await sessions.revokeAll({ includeCurrent: false });
      refresh();
      return { status: "done", errors: {}, values: { intent: "revokeAll" }, data: { revoked } };
    }
    const sessionId = z.uuid().safeParse(text(form, "sessionId"));
    if (!sessionId.success)
      return invalid([{ path: ["form"], message: "account.session.notFound" }], { locale });
    await sessions.revoke({ sessionId: sessionId.data });
    refresh();
    return { status: "done", errors: {}, values: { intent: "revoke" }, data: { revoked: 1 } };
  } catch (error) {
    return refusal(error, { locale, fields: [] });
  }
}
