"use server";

import { actionTokenSchema } from "@madoguchi/core/account/account-schemas";
import { newPasswordSchema } from "@madoguchi/core/account/password-policy";
import { z } from "zod";
import { type FieldOfKey, formLocale, invalid, refusal, text } from "@/components/account/action-errors";
import type { FormState } from "@/components/account/form-state";
import { anonymousCaller } from "@/trpc/server";

export type ResetPasswordState = FormState;

const fields: FieldOfKey = [["account.password", "password"]];
const schema = z.object({ token: actionTokenSchema, password: newPasswordSchema });

/** The reset link's form: a new password; every session ends. */
export async function resetPasswordAction(
  _previous: ResetPasswordState,
  form: FormData,
): Promise<ResetPasswordState> {
  const locale = formLocale(form);
  const input = { token: text(form, "token"), password: text(form, "password") };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    // A malformed token is the link's fault, not a field's.
    const issues = parsed.error.issues.map((issue) =>
      issue.path[0] === "token" ? { ...issue, path: ["form"] } : issue,
    );
    return invalid(issues, { locale });
  }
  try {
    await (await anonymousCaller()).auth.resetPassword(parsed.data);
    return { status: "done", errors: {}, values: {} };
  } catch (error) {
    return refusal(error, { locale, fields });
  }
}
