import type { Locale } from "../locale/locale";

/** Japanese is the source every translation follows. */
export const sourceLocale: Locale = "ja";

/** `stale`: the source changed after this translation was last written ("English is older than Japanese"). */
export type TranslationState = "current" | "stale" | "missing";

/**
 * Compares when each language's text last changed (its newest revision). A translation written
 * at the same moment as the source, or later, is current.
 */
export function translationState(input: {
  sourceChangedAt: Date;
  translationChangedAt: Date | null;
}): TranslationState {
  if (input.translationChangedAt === null) return "missing";
  return input.translationChangedAt.getTime() < input.sourceChangedAt.getTime() ? "stale" : "current";
}

/** The state of every translation of an article, from the newest revision time of each locale. */
export function translationStates(
  changedAt: Partial<Record<Locale, Date>>,
  locales: readonly Locale[],
): Partial<Record<Locale, TranslationState>> {
  const source = changedAt[sourceLocale];
  if (!source) return {};
  return Object.fromEntries(
    locales
      .filter((locale) => locale !== sourceLocale)
      .map((locale) => [
        locale,
        translationState({ sourceChangedAt: source, translationChangedAt: changedAt[locale] ?? null }),
      ]),
  );
}
