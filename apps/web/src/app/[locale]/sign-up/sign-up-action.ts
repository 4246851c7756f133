"use server";

import { signUpInputSchema } from "@madoguchi/core/account/account-schemas";
import { type FieldOfKey, formLocale, invalid, refusal, text } from "@/components/account/action-errors";
import type { FormState } from "@/components/account/form-state";
import { anonymousCaller } from "@/trpc/server";

export type SignUpState = FormState<{ email: string }>;

const fields: FieldOfKey = [
  ["account.email", "email"],
  ["account.password", "password"],
  ["account.name", "fullName"],
  ["account.dateOfBirth", "dateOfBirth"],
];

/** Sign-up as a form that also works without JavaScript; the answer never says whether the address was taken. */
export async function signUpAction(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  const locale = formLocale(form);
  const values = {
    email: text(form, "email"),
    fullName: text(form, "fullName"),
    dateOfBirth: text(form, "dateOfBirth"),
  };
  const input = {
    email: values.email,
    password: text(form, "password"),
    fullName: values.fullName,
    dateOfBirth: values.dateOfBirth || undefined,
    locale,
  };
  const parsed = signUpInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues, { locale, values });
  try {
    await (await anonymousCaller()).auth.signUp(input);
    return { status: "done", errors: {}, values: {}, data: { email: parsed.data.email } };
  } catch (error) {
    return refusal(error, { locale, fields, values });
  }
}
