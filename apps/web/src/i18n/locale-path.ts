import type { Locale } from "@madoguchi/core/locale/locale";

// The locales again, as plain values: core's module builds a zod schema, and this file runs in
// the browser too (the language switch), where zod would cost ~30 kB for two strings.
const supported = ["ja", "en"] as const satisfies readonly Locale[];
const defaultLocale: Locale = "ja";
// Fails to compile if core gains a locale this list lacks.
const complete: Record<Locale, true> = { ja: true, en: true };

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(complete, value);
}

/**
 * A site path in a locale: Japanese, the default, has no prefix (`/articles/x`); English lives
 * under `/en` (`/en/articles/x`). `path` starts with a slash.
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The locale and the locale-free path of a URL path, with or without a prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of supported) {
    if (pathname === `/${locale}`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: defaultLocale, path: pathname || "/" };
}

export const otherLocale = (locale: Locale): Locale => (locale === "ja" ? "en" : "ja");
