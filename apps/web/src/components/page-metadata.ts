import type { Locale } from "@madoguchi/core/locale/locale";
import type { Metadata } from "next";
import { webBaseUrl } from "@/config/env";
import { localePath } from "@/i18n/locale-path";

/**
 * Title, description, canonical URL and hreflang alternates of a page. `locales` lists the
 * languages the page really exists in; a page shown in a fallback language names the original
 * as canonical, so that search engines index each text once.
 */
export function pageMetadata(input: {
  locale: Locale;
  path: string;
  title?: string;
  description?: string;
  locales?: readonly Locale[];
  canonicalLocale?: Locale;
}): Metadata {
  const locales = input.locales ?? ["ja", "en"];
  const url = (locale: Locale) => `${webBaseUrl}${localePath(locale, input.path)}`;
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, url(l)]));
  if (locales.includes("ja")) languages["x-default"] = url("ja");
  return {
    ...(input.title ? { title: input.title } : {}),
    ...(input.description ? { description: input.description } : {}),
    alternates: { canonical: url(input.canonicalLocale ?? input.locale), languages },
    openGraph: {
      ...(input.title ? { title: input.title } : {}),
      ...(input.description ? { description: input.description } : {}),
      url: url(input.canonicalLocale ?? input.locale),
      locale: input.locale === "ja" ? "ja_JP" : "en_US",
      type: "website",
    },
  };
}
