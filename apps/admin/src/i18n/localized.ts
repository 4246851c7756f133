import type { Locale } from "@madoguchi/core/locale/locale";

/**
 * Console text in both languages. Each area keeps its words in one `*-text.ts` module shaped
 * `{ ja: {...}, en: {...} }`, so a missing English string is a type error, not a blank.
 */
export type Localized<T> = Readonly<Record<Locale, T>>;

export function pick<T>(locale: Locale, text: Localized<T>): T {
  return text[locale];
}
