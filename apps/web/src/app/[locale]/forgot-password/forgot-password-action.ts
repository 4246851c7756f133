"use server";

import { emailSchema } from "@madoguchi/core/account/canonical-email";
import { formLocale, invalid, refusal, text } from "@/components/account/action-errors";
import type { EmailRequestState } from "@/components/account/email-request-form";
import { anonymousCaller } from "@/trpc/server";

/** "Forgot password": the same answer whether the address has an account or not. */
export async function forgotPasswordAction(
  _previous: EmailRequestState,
  form: FormData,
): Promise<EmailRequestState> {
  const locale = formLocale(form);
  const values = { email: text(form, "email") };
  const email = emailSchema.safeParse(values.email);
  if (!email.success)
    return invalid(
      email.error.issues.map((issue) => ({ ...issue, path: ["email"] })),
      { locale, values },
    );
  try {
    await (await anonymousCaller()).auth.requestPasswordReset({ email: email.data });
    return { status: "done", errors: {}, values: {}, data: { email: email.data } };
  } catch (error) {
    return refusal(error, { locale, fields: [["account.email", "email"]], values });
  }
}
