import type { ReactNode } from "react";

/**
 * Every page has a locale: the document (`<html lang>`, header, footer) is rendered by
 * `[locale]/layout.tsx`. This root only passes through, so that the document's language can
 * follow the page's.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
