import type { Locale } from "@madoguchi/core/locale/locale";

// The exchange works in Japan time; every date is shown in it, in both languages.
const timeZone = "Asia/Tokyo";

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat("ja-JP", { timeZone, year: "numeric", month: "long", day: "numeric" }),
  en: new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "short", day: "numeric" }),
};

const dateTimeFormats: Record<Locale, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat("ja-JP", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }),
  en: new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }),
};

export function formatDate(date: Date, locale: Locale): string {
  return dateFormats[locale].format(date);
}

/** Date and time in Japan time, marked as such. */
export function formatDateTime(date: Date, locale: Locale): string {
  return `${dateTimeFormats[locale].format(date)} JST`;
}

/** For `<time dateTime>`. */
export const isoDate = (date: Date) => date.toISOString();
