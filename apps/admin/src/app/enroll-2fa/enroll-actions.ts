"use server";

import { totpCodeSchema } from "@madoguchi/core/account/totp";
import { invalid, refusal, text } from "@/components/account/action-errors";
import type { FormState } from "@/components/account/form-state";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";

export type EnrollState = FormState<{ recoveryCodes: string[] }>;

/** The first code from the app turns two-factor on; the recovery codes are shown this once. */
export async function confirmEnrollmentAction(_previous: EnrollState, form: FormData): Promise<EnrollState> {
  const locale = await getConsoleLocale();
  const code = totpCodeSchema.safeParse(text(form, "code"));
  if (!code.success)
    return invalid(
      code.error.issues.map((issue) => ({ ...issue, path: ["code"] })),
      { locale },
    );
  try {
    const { recoveryCodes } = await (
      await serverCaller()
    ).staff.twoFactor.confirm({
      enrollment: text(form, "enrollment"),
      code: code.data,
      signOutOtherSessions: true,
    });
    return { status: "done", errors: {}, values: {}, data: { recoveryCodes } };
  } catch (error) {
    return refusal(error, {
      locale,
      fields: [
        ["account.twoFactor.codeInvalid", "code"],
        ["account.twoFactor.codeFormat", "code"],
      ],
    });
  }
}
