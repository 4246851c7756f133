import type { Locale } from "@madoguchi/core/locale/locale";
import { localePath } from "@/i18n/locale-path";

/**
 * Where to go after signing in: a path of this site only (`/inquiries/2026-000123`), never another
 * origin (`//evil.example`, `/\evil.example`, `https://...`), else the account page.
 */
export function safeCallbackUrl(raw: unknown, locale: Locale): string {
  const fallback = localePath(locale, "/account");
  if (typeof raw !== "string" || raw.length > 1024) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  // Control characters and whitespace have no place in a path and are how tricks start.
  if ([...raw].some((char) => char.charCodeAt(0) <= 0x20 || char.charCodeAt(0) === 0x7f)) return fallback;
  return raw;
}
