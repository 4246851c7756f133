import type { Localized } from "../locale/locale";

export const teamKeys = ["trading", "funds", "system", "security", "general"] as const;
export type TeamKey = (typeof teamKeys)[number];

export interface TeamDefinition {
  key: TeamKey;
  name: Localized;
  /** Windows open around the clock count SLA time in calendar hours, the others in business hours. */
  alwaysOpen: boolean;
}

/** The contact windows (窓口) of the guide. */
export const teams: readonly TeamDefinition[] = [
  { key: "trading", name: { ja: "取引サポート", en: "Trading support" }, alwaysOpen: false },
  { key: "funds", name: { ja: "入出金サポート", en: "Deposits & withdrawals" }, alwaysOpen: false },
  { key: "system", name: { ja: "システム運用チーム", en: "System operations" }, alwaysOpen: false },
  { key: "security", name: { ja: "セキュリティチーム", en: "Security team" }, alwaysOpen: true },
  { key: "general", name: { ja: "カスタマーサポート", en: "Customer support" }, alwaysOpen: false },
];
