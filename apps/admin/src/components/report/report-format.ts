import type { Locale } from "@madoguchi/core/locale/locale";
import type { ReportGranularity } from "@madoguchi/core/report/report-period";
import { type TeamKey, teams } from "@madoguchi/core/team/teams";
import { type TroubleType, troubleTypes } from "@madoguchi/core/trouble/trouble-types";
import { reportText } from "./report-text";

/** A figure that cannot be computed (nothing to divide, nothing measured) is a dash, never 0. */
export const NONE = "—";

const integer: Readonly<Record<Locale, Intl.NumberFormat>> = {
  ja: new Intl.NumberFormat("ja-JP"),
  en: new Intl.NumberFormat("en-US"),
};

export function formatCount(value: number, locale: Locale = "ja"): string {
  return integer[locale].format(value);
}

export function formatPercent(rate: number | null): string {
  return rate === null ? NONE : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export function formatAverage(value: number | null): string {
  return value === null ? NONE : value.toFixed(2);
}

/** `45分`, `3時間20分`, `2日4時間` (`45m`, `3h 20m`, `2d 4h`): precise enough to compare, short enough for a table. */
export function formatDuration(seconds: number | null, locale: Locale = "ja"): string {
  if (seconds === null) return NONE;
  const units = reportText[locale].units;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return units.minutes(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return units.hours(hours, minutes % 60);
  const days = Math.floor(hours / 24);
  return units.days(days, hours % 24);
}

/** A bucket's name in tables: `11/02`, `11/02の週`, `2026年11月`. */
export function bucketLabel(bucket: string, granularity: ReportGranularity, locale: Locale = "ja"): string {
  const units = reportText[locale].units;
  const [year = "", month, day] = bucket.split("-");
  if (granularity === "month") return units.month(year, Number(month));
  const short = `${month}/${day}`;
  return granularity === "week" ? units.week(short) : short;
}

export const granularityLabels: Record<ReportGranularity, string> = reportText.ja.granularity;

export function teamName(key: TeamKey, locale: Locale = "ja"): string {
  return teams.find((team) => team.key === key)?.name[locale] ?? key;
}

export function troubleTypeName(type: TroubleType, locale: Locale = "ja"): string {
  return troubleTypes.find((definition) => definition.key === type)?.name[locale] ?? type;
}

/** Which windows the figures are of, in words. */
export function windowsLabel(windows: readonly TeamKey[] | "all", locale: Locale = "ja"): string {
  const text = reportText[locale];
  return windows === "all"
    ? text.allWindows
    : windows.map((key) => teamName(key, locale)).join(text.listSeparator) || text.noWindows;
}
