"use server";

import { actionTokenSchema } from "@madoguchi/core/account/account-schemas";
import { anonymousCaller } from "@/trpc/server";
import { formLocale, refusal, text } from "./action-errors";
import { errorText } from "./error-text";
import type { FormState } from "./form-state";

export type TokenFlow = "verifyEmail" | "unlock" | "confirmFreeze" | "confirmEmailChange";

/**
 * The button of an emailed link's page. The link itself (a GET) changes nothing, so a mail
 * scanner that opens it cannot verify, unlock or freeze anything by itself.
 */
export async function tokenLinkAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form);
  const token = actionTokenSchema.safeParse(text(form, "token"));
  if (!token.success) {
    return { status: "error", errors: { form: errorText(locale, "account.link.invalid") }, values: {} };
  }
  const input = { token: token.data };
  const auth = (await anonymousCaller()).auth;
  const calls: Record<TokenFlow, () => Promise<unknown>> = {
    verifyEmail: () => auth.verifyEmail(input),
    unlock: () => auth.unlock(input),
    confirmFreeze: () => auth.confirmFreeze(input),
    confirmEmailChange: () => auth.confirmEmailChange(input),
  };
  const flow = text(form, "flow");
  const call = Object.hasOwn(calls, flow) ? calls[flow as TokenFlow] : null;
  if (!call) return { status: "error", errors: { form: errorText(locale, "failed") }, values: {} };
  try {
    await call();
    return { status: "done", errors: {}, values: {} };
  } catch (error) {
    return refusal(error, { locale, fields: [] });
  }
}
