"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { localePath, otherLocale, splitLocale } from "@/i18n/locale-path";

/** A link to this same page in the other language (works without JavaScript; keeps the query with it). */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname();
  const [query, setQuery] = useState("");
  useEffect(() => setQuery(window.location.search), [pathname]);
  const target = otherLocale(locale);
  const href = `${localePath(target, splitLocale(pathname).path)}${query}`;
  return (
    <a className="language-switch" href={href} hrefLang={target} lang={target} data-testid="language-switch">
      {label}
    </a>
  );
}
