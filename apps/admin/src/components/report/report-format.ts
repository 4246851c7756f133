import type { ReportGranularity } from "@madoguchi/core/report/report-period";
import { type TeamKey, teams } from "@madoguchi/core/team/teams";
import { type TroubleType, troubleTypes } from "@madoguchi/core/trouble/trouble-types";

/** A figure that cannot be computed (nothing to divide, nothing measured) is a dash, never 0. */
export const NONE = "—";

const integer = new Intl.NumberFormat("ja-JP");

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatPercent(rate: number | null): string {
  return rate === null ? NONE : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export function formatAverage(value: number | null): string {
  return value === null ? NONE : value.toFixed(2);
}

/** `45分`, `3時間20分`, `2日4時間`: precise enough to compare, short enough for a table. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return NONE;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes}分`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours}時間${minutes % 60}分` : `${hours}時間`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days}日${hours % 24}時間` : `${days}日`;
}

/** A bucket's name in tables: `11/02`, `11/02の週`, `2026年11月`. */
export function bucketLabel(bucket: string, granularity: ReportGranularity): string {
  const [year, month, day] = bucket.split("-");
  if (granularity === "month") return `${year}年${Number(month)}月`;
  const short = `${month}/${day}`;
  return granularity === "week" ? `${short}の週` : short;
}

export const granularityLabels: Record<ReportGranularity, string> = { day: "日", week: "週", month: "月" };

export function teamName(key: TeamKey): string {
  return teams.find((team) => team.key === key)?.name.ja ?? key;
}

export function troubleTypeName(type: TroubleType): string {
  return troubleTypes.find((definition) => definition.key === type)?.name.ja ?? type;
}

/** Which windows the figures are of, in words. */
export function windowsLabel(windows: readonly TeamKey[] | "all"): string {
  return windows === "all" ? "すべての窓口" : windows.map(teamName).join("、") || "担当窓口なし";
}
