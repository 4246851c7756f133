"use server";

import { actionTokenSchema } from "@madoguchi/core/account/account-schemas";
import { invalid, refusal, text } from "@/components/account/action-errors";
import type { FormState } from "@/components/account/form-state";
import { getConsoleLocale } from "@/i18n/console-locale";
import { publicCaller } from "@/components/account/public-caller";

/** The button of the lock email's link (the link alone changes nothing). */
export async function unlockAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await getConsoleLocale();
  const token = actionTokenSchema.safeParse(text(form, "token"));
  if (!token.success) return invalid([{ path: ["form"], message: "account.link.invalid" }], { locale });
  try {
    await (await publicCaller()).staffAuth.unlock({ token: token.data });
    return { status: "done", errors: {}, values: {} };
  } catch (error) {
    return refusal(error, { locale, fields: [] });
  }
}
