import type { Locale } from "@madoguchi/core/locale/locale";
import { notFound } from "next/navigation";
import { isLocale } from "@/i18n/locale-path";

/** The page's locale from its params; anything else is a 404 (the proxy normally prevents it). */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
