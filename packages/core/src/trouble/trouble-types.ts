import { z } from "zod";
import type { Localized } from "../locale/locale";
import type { TeamKey } from "../team/teams";

export const troubleTypeKeys = ["login", "trading", "funds", "system", "security", "other"] as const;
export const troubleTypeSchema = z.enum(troubleTypeKeys);
export type TroubleType = z.infer<typeof troubleTypeSchema>;

/** Where the guide sends a customer first, before any inquiry. */
export type FirstStop = "self_service" | "inquiry" | "status_page" | "protect_account" | "faq";

export interface TroubleTypeDefinition {
  key: TroubleType;
  name: Localized;
  examples: Localized;
  team: TeamKey;
  firstStop: FirstStop;
  /** Can be filed without signing in (the customer may be unable to). */
  anonymousAllowed: boolean;
}

/** The six trouble types of the guide and the window each goes to (DOMAIN.md). */
export const troubleTypes: readonly TroubleTypeDefinition[] = [
  {
    key: "login",
    name: { ja: "ログインに関するトラブル", en: "Sign-in trouble" },
    examples: {
      ja: "パスワードを忘れた、IDがロックされた、二段階認証ができない",
      en: "Forgotten password, locked ID, two-factor problems",
    },
    team: "general",
    firstStop: "self_service",
    anonymousAllowed: true,
  },
  {
    key: "trading",
    name: { ja: "取引に関するトラブル", en: "Trading trouble" },
    examples: {
      ja: "注文が約定しない、注文を取り消せない、取引履歴が合わない",
      en: "Order not filled, cannot cancel, history mismatch",
    },
    team: "trading",
    firstStop: "inquiry",
    anonymousAllowed: false,
  },
  {
    key: "funds",
    name: { ja: "入出金に関するトラブル", en: "Deposit & withdrawal trouble" },
    examples: {
      ja: "入金が反映されない、出金が拒否された、送金先を間違えた",
      en: "Deposit not credited, withdrawal refused, wrong destination",
    },
    team: "funds",
    firstStop: "inquiry",
    anonymousAllowed: false,
  },
  {
    key: "system",
    name: { ja: "システムに関するトラブル", en: "System trouble" },
    examples: {
      ja: "サイトにアクセスできない、アプリが動かない、APIに接続できない",
      en: "Site unreachable, app malfunction, API connection errors",
    },
    team: "system",
    firstStop: "status_page",
    anonymousAllowed: false,
  },
  {
    key: "security",
    name: { ja: "セキュリティに関するトラブル", en: "Security trouble" },
    examples: {
      ja: "不正アクセス、アカウントの乗っ取り、フィッシング詐欺",
      en: "Unauthorized access, account takeover, phishing",
    },
    team: "security",
    firstStop: "protect_account",
    anonymousAllowed: false,
  },
  {
    key: "other",
    name: { ja: "その他", en: "Other" },
    examples: {
      ja: "サービスに関する疑問、操作方法に関する質問",
      en: "Questions about the service, how-to",
    },
    team: "general",
    firstStop: "faq",
    anonymousAllowed: false,
  },
];

export function troubleType(key: TroubleType): TroubleTypeDefinition {
  const found = troubleTypes.find((definition) => definition.key === key);
  if (!found) throw new Error(`unknown trouble type ${key}`);
  return found;
}
