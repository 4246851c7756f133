"use server";

import { usesSecureCookies } from "@madoguchi/api/auth/session-cookie";
import { localeSchema } from "@madoguchi/core/locale/locale";
import { cookies } from "next/headers";
import { getSession } from "@/auth/session";
import { CONSOLE_LOCALE_COOKIE } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The header's language switch. Setting a cookie in a server action re-renders the page the form
 * was posted from, so the member stays where they were (with or without JavaScript). Anything
 * but a known locale is ignored rather than stored. A signed-in member's choice is also saved on
 * their account, so the emails the console sends them (escalations ...) follow it.
 */
export async function setConsoleLocaleAction(form: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(form.get("locale"));
  if (!parsed.success) return;
  (await cookies()).set(CONSOLE_LOCALE_COOKIE, parsed.data, {
    httpOnly: true,
    sameSite: "lax",
    secure: usesSecureCookies("admin"),
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
  });
  if ((await getSession())?.kind === "staff")
    await (await serverCaller()).staff.setLocale({ locale: parsed.data });
}
