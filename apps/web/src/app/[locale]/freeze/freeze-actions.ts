"use server";

import { emailSchema } from "@madoguchi/core/account/canonical-email";
import { TRPCError } from "@trpc/server";
import { formLocale, invalid, refusal, text } from "@/components/account/action-errors";
import { authText } from "@/components/account/auth-text";
import type { EmailRequestState } from "@/components/account/email-request-form";
import type { FormState } from "@/components/account/form-state";
import { anonymousCaller, serverCaller } from "@/trpc/server";

/** Without signing in: a confirmation link to the registered address (same answer for any address). */
export async function requestFreezeAction(
  _previous: EmailRequestState,
  form: FormData,
): Promise<EmailRequestState> {
  const locale = formLocale(form);
  const values = { email: text(form, "email") };
  const email = emailSchema.safeParse(values.email);
  if (!email.success) {
    return invalid(
      email.error.issues.map((issue) => ({ ...issue, path: ["email"] })),
      { locale, values },
    );
  }
  try {
    await (await anonymousCaller()).auth.requestFreeze({ email: email.data });
    return { status: "done", errors: {}, values: {}, data: { email: email.data } };
  } catch (error) {
    return refusal(error, { locale, fields: [["account.email", "email"]], values });
  }
}

/** Signed in: frozen at once, this session included. */
export async function freezeNowAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form);
  if (form.get("understand") !== "yes") {
    return {
      status: "error",
      errors: { understand: authText(locale).freeze.understandRequired },
      values: {},
    };
  }
  try {
    await (await serverCaller()).account.freeze();
    return { status: "done", errors: {}, values: {} };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      return { status: "error", errors: { form: authText(locale).signIn.required }, values: {} };
    }
    return refusal(error, { locale, fields: [] });
  }
}
