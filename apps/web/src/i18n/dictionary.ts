import type { Locale } from "@madoguchi/core/locale/locale";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import { en, enTips, enTroubleGuide } from "./dictionaries/en";
import { type Dictionary, ja, jaTips, jaTroubleGuide, type TroubleGuideText } from "./dictionaries/ja";

const dictionaries: Record<Locale, Dictionary> = { ja, en };
const troubleGuides: Record<Locale, Record<TroubleType, TroubleGuideText>> = {
  ja: jaTroubleGuide,
  en: enTroubleGuide,
};
const tips: Record<Locale, { tip: string; how: string }[]> = { ja: jaTips, en: enTips };

/** Server components read the text of their locale here; client components get it as props. */
export function dictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export function troubleGuide(locale: Locale): Record<TroubleType, TroubleGuideText> {
  return troubleGuides[locale];
}

export function inquiryTips(locale: Locale): { tip: string; how: string }[] {
  return tips[locale];
}
