"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { type ReactNode, createContext, useContext } from "react";

const ConsoleLocaleContext = createContext<Locale>("ja");

/** Set once by the root layout from the request's console locale. */
export function ConsoleLocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <ConsoleLocaleContext.Provider value={locale}>{children}</ConsoleLocaleContext.Provider>;
}

/** The console's language in client components. */
export function useConsoleLocale(): Locale {
  return useContext(ConsoleLocaleContext);
}
