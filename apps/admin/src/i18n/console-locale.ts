import "server-only";
import { type Locale, localeSchema } from "@madoguchi/core/locale/locale";
import { cookies } from "next/headers";
import { cache } from "react";

/** The cookie the header's language switch sets; Japanese when absent or unreadable. */
export const CONSOLE_LOCALE_COOKIE = "console-locale";

/** The console's language for this request (server components and server actions). */
export const getConsoleLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(CONSOLE_LOCALE_COOKIE)?.value;
  const parsed = localeSchema.safeParse(value);
  return parsed.success ? parsed.data : "ja";
});
