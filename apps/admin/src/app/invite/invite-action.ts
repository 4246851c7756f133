"use server";

import { actionTokenSchema } from "@madoguchi/core/account/account-schemas";
import { newPasswordSchema } from "@madoguchi/core/account/password-policy";
import { invalid, refusal, text } from "@/components/account/action-errors";
import type { FormState } from "@/components/account/form-state";
import { getConsoleLocale } from "@/i18n/console-locale";
import { publicCaller } from "@/components/account/public-caller";

/** The invitation link's form: the member's first password. */
export async function acceptInviteAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await getConsoleLocale();
  const token = actionTokenSchema.safeParse(text(form, "token"));
  if (!token.success) return invalid([{ path: ["form"], message: "account.link.invalid" }], { locale });
  const password = newPasswordSchema.safeParse(text(form, "password"));
  if (!password.success) {
    return invalid(
      password.error.issues.map((issue) => ({ ...issue, path: ["password"] })),
      { locale },
    );
  }
  try {
    await (await publicCaller()).staffAuth.acceptInvite({ token: token.data, password: password.data });
    return { status: "done", errors: {}, values: {} };
  } catch (error) {
    return refusal(error, { locale, fields: [["account.password", "password"]] });
  }
}
