import { z } from "zod";

export const locales = ["ja", "en"] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;
export const defaultLocale: Locale = "ja";

/** A text in every supported language; Japanese is required, it is the fallback. */
export type Localized = { ja: string; en: string };
