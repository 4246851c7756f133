import type { Locale } from "@madoguchi/core/locale/locale";
import type { TicketPriority } from "@madoguchi/core/routing/ticket-priority";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { Localized } from "@/i18n/localized";

export interface ConsoleLabels {
  /** Statuses as staff say them (the customer reads the portal's own labels). */
  status: Readonly<Record<TicketStatus, string>>;
  priority: Readonly<Record<TicketPriority, string>>;
  troubleType: Readonly<Record<string, string>>;
  identityState: Readonly<Record<string, string>>;
  match: Readonly<Record<string, string>>;
  secretRequest: Readonly<Record<string, string>>;
}

export const consoleLabels = {
  ja: {
    status: {
      new: "新規",
      open: "対応中",
      waiting_on_customer: "お客様の返信待ち",
      resolved: "解決済み",
      closed: "完了",
    },
    priority: { low: "低", normal: "通常", high: "高", urgent: "緊急" },
    troubleType: {
      login: "ログイン",
      trading: "取引",
      funds: "入出金",
      system: "システム",
      security: "セキュリティ",
      other: "その他",
    },
    identityState: {
      not_required: "不要",
      pending: "未確認",
      verified: "本人確認済み",
      rejected: "本人と確認できず",
    },
    match: { match: "一致", mismatch: "不一致", missing: "入力なし" },
    secretRequest: {
      password: "パスワード",
      two_factor_code: "二段階認証のコード",
      seed_phrase: "シードフレーズ",
      private_key: "秘密鍵",
      remote_access: "遠隔操作・画面共有",
    },
  },
  en: {
    status: {
      new: "New",
      open: "Open",
      waiting_on_customer: "Waiting on customer",
      resolved: "Resolved",
      closed: "Closed",
    },
    priority: { low: "Low", normal: "Normal", high: "High", urgent: "Urgent" },
    troubleType: {
      login: "Sign-in",
      trading: "Trading",
      funds: "Deposits & withdrawals",
      system: "System",
      security: "Security",
      other: "Other",
    },
    identityState: {
      not_required: "Not required",
      pending: "Not yet verified",
      verified: "Identity verified",
      rejected: "Identity not confirmed",
    },
    match: { match: "Match", mismatch: "Mismatch", missing: "Not entered" },
    secretRequest: {
      password: "password",
      two_factor_code: "two-factor code",
      seed_phrase: "seed phrase",
      private_key: "private key",
      remote_access: "remote access or screen sharing",
    },
  },
} satisfies Localized<ConsoleLabels>;

/** The tables of one language, with their declared (string-keyed) types. */
export function labelsFor(locale: Locale): ConsoleLabels {
  return consoleLabels[locale];
}

// The Japanese tables under their earlier names, for callers that are not bilingual yet.
export const statusLabels: ConsoleLabels["status"] = consoleLabels.ja.status;
export const priorityLabels: ConsoleLabels["priority"] = consoleLabels.ja.priority;
export const troubleTypeLabels: ConsoleLabels["troubleType"] = consoleLabels.ja.troubleType;
export const identityStateLabels: ConsoleLabels["identityState"] = consoleLabels.ja.identityState;
export const matchLabels: ConsoleLabels["match"] = consoleLabels.ja.match;
export const secretRequestLabels: ConsoleLabels["secretRequest"] = consoleLabels.ja.secretRequest;
