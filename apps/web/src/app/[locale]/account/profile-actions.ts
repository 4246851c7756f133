"use server";

import { profileInputSchema } from "@madoguchi/core/account/account-schemas";
import { emailSchema } from "@madoguchi/core/account/canonical-email";
import { isLocale } from "@/i18n/locale-path";
import { refresh } from "next/cache";
import { type FieldOfKey, formLocale, invalid, refusal, text } from "@/components/account/action-errors";
import type { FormState } from "@/components/account/form-state";
import { serverCaller } from "@/trpc/server";

const profileFields: FieldOfKey = [
  ["account.name", "fullName"],
  ["account.dateOfBirth", "dateOfBirth"],
];

/** Name, date of birth and the language of emails; the plan is not the customer's to change. */
export async function updateProfileAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form);
  const values = {
    fullName: text(form, "fullName"),
    dateOfBirth: text(form, "dateOfBirth"),
    emailLocale: text(form, "emailLocale"),
  };
  const input = {
    fullName: values.fullName,
    dateOfBirth: values.dateOfBirth || null,
    locale: isLocale(values.emailLocale) ? values.emailLocale : undefined,
  };
  const parsed = profileInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues, { locale, values });
  try {
    const profile = await (await serverCaller()).account.updateProfile(input);
    refresh();
    return {
      status: "done",
      errors: {},
      values: {
        fullName: profile.fullName,
        dateOfBirth: profile.dateOfBirth ?? "",
        emailLocale: profile.locale,
      },
    };
  } catch (error) {
    return refusal(error, { locale, fields: profileFields, values });
  }
}

export type EmailChangeState = FormState<{ email: string }>;

/** Step one of an email change: the password again, then a link to the new address. */
export async function requestEmailChangeAction(
  _previous: EmailChangeState,
  form: FormData,
): Promise<EmailChangeState> {
  const locale = formLocale(form);
  const values = { newEmail: text(form, "newEmail") };
  const password = text(form, "password");
  const email = emailSchema.safeParse(values.newEmail);
  const errors = invalid<{ email: string }>(
    [
      ...(email.success ? [] : email.error.issues.map((issue) => ({ ...issue, path: ["newEmail"] }))),
      ...(password ? [] : [{ path: ["password"], message: "account.password.required" }]),
    ],
    { locale, values },
  );
  if (!email.success || !password) return errors;
  try {
    await (await serverCaller()).account.requestEmailChange({ newEmail: email.data, password });
    return { status: "done", errors: {}, values: {}, data: { email: email.data } };
  } catch (error) {
    return refusal(error, {
      locale,
      values,
      fields: [
        ["account.password", "password"],
        ["account.reauth", "password"],
        ["account.email", "newEmail"],
      ],
    });
  }
}

/** "Send the confirmation email again" while the address is not confirmed. */
export async function resendVerificationAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form);
  try {
    await (await serverCaller()).account.resendVerification();
    return { status: "done", errors: {}, values: {} };
  } catch (error) {
    return refusal(error, { locale, fields: [] });
  }
}
