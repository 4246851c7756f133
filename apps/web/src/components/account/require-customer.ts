import "server-only";
import type { CustomerSession } from "@madoguchi/api/context/session";
import type { Locale } from "@madoguchi/core/locale/locale";
import { redirect } from "next/navigation";
import { getSession } from "@/auth/session";
import { localePath } from "@/i18n/locale-path";

/** The signed-in customer of a page, or a redirect to sign-in that comes back to `path`. */
export async function requireCustomer(locale: Locale, path: string): Promise<CustomerSession> {
  const session = await getSession();
  if (session?.kind === "customer") return session;
  const back = encodeURIComponent(localePath(locale, path));
  redirect(`${localePath(locale, "/sign-in")}?callbackUrl=${back}`);
}
