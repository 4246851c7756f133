import type { Localized } from "../locale/locale";
import type { TeamKey } from "../team/teams";
import type { TroubleType } from "./trouble-types";

/** Facts a window may ask for; their formats and help texts are the inquiry form's field table. */
export type FieldKey =
  | "registeredEmail"
  | "fullName"
  | "dateOfBirth"
  | "tradeId"
  | "occurredAt"
  | "amount"
  | "currency"
  | "transactionId"
  | "txid"
  | "network"
  | "address"
  | "component"
  | "errorMessage"
  | "description";

export interface SubtypeDefinition {
  troubleType: TroubleType;
  key: string;
  name: Localized;
  team: TeamKey;
  requiredFields: readonly FieldKey[];
}

const identity: readonly FieldKey[] = ["registeredEmail", "fullName", "dateOfBirth", "description"];
const trade: readonly FieldKey[] = ["tradeId", "occurredAt", "amount", "description"];
const jpy: readonly FieldKey[] = ["transactionId", "occurredAt", "amount", "description"];
const crypto: readonly FieldKey[] = [
  "transactionId",
  "occurredAt",
  "amount",
  "currency",
  "txid",
  "network",
  "address",
  "description",
];

/** Subtypes per trouble type (step 2 of triage) and what each window needs (DOMAIN.md). */
export const subtypes: readonly SubtypeDefinition[] = [
  {
    troubleType: "login",
    key: "forgot_password",
    name: { ja: "パスワードを忘れた", en: "Forgot my password" },
    team: "general",
    requiredFields: identity,
  },
  {
    troubleType: "login",
    key: "id_locked",
    name: { ja: "IDがロックされた", en: "My ID is locked" },
    team: "general",
    requiredFields: identity,
  },
  {
    troubleType: "login",
    key: "two_factor",
    name: { ja: "二段階認証ができない", en: "Two-factor problem" },
    team: "general",
    requiredFields: identity,
  },
  {
    troubleType: "trading",
    key: "order_not_filled",
    name: { ja: "注文が約定しない", en: "Order not filled" },
    team: "trading",
    requiredFields: trade,
  },
  {
    troubleType: "trading",
    key: "cancellation",
    name: { ja: "注文を取り消せない", en: "Cannot cancel an order" },
    team: "trading",
    requiredFields: trade,
  },
  {
    troubleType: "trading",
    key: "history_mismatch",
    name: { ja: "取引履歴が合わない", en: "History does not match" },
    team: "trading",
    requiredFields: trade,
  },
  {
    troubleType: "funds",
    key: "jpy_deposit_missing",
    name: { ja: "日本円の入金が反映されない", en: "JPY deposit not credited" },
    team: "funds",
    requiredFields: jpy,
  },
  {
    troubleType: "funds",
    key: "jpy_withdrawal_refused",
    name: { ja: "日本円の出金が拒否された", en: "JPY withdrawal refused" },
    team: "funds",
    requiredFields: jpy,
  },
  {
    troubleType: "funds",
    key: "crypto_deposit_missing",
    name: { ja: "暗号資産の入金が届かない", en: "Crypto deposit not arriving" },
    team: "funds",
    requiredFields: crypto,
  },
  {
    troubleType: "funds",
    key: "crypto_withdrawal_pending",
    name: { ja: "暗号資産の出金が完了しない", en: "Crypto withdrawal pending" },
    team: "funds",
    requiredFields: crypto,
  },
  {
    troubleType: "funds",
    key: "wrong_address",
    name: { ja: "送金先を間違えた", en: "Sent to a wrong address" },
    team: "funds",
    requiredFields: crypto,
  },
  {
    troubleType: "system",
    key: "site_unreachable",
    name: { ja: "サイトにアクセスできない", en: "Site unreachable" },
    team: "system",
    requiredFields: ["component", "occurredAt", "errorMessage", "description"],
  },
  {
    troubleType: "system",
    key: "app_malfunction",
    name: { ja: "アプリが正常に動かない", en: "App malfunction" },
    team: "system",
    requiredFields: ["component", "occurredAt", "errorMessage", "description"],
  },
  {
    troubleType: "system",
    key: "api_error",
    name: { ja: "APIに接続できない", en: "API connection error" },
    team: "system",
    requiredFields: ["occurredAt", "errorMessage", "description"],
  },
  {
    troubleType: "security",
    key: "unauthorized_access",
    name: { ja: "身に覚えのないログイン・操作", en: "Unauthorized access" },
    team: "security",
    requiredFields: ["occurredAt", "description"],
  },
  {
    troubleType: "security",
    key: "account_takeover",
    name: { ja: "アカウントを乗っ取られた", en: "Account taken over" },
    team: "security",
    requiredFields: ["occurredAt", "description"],
  },
  {
    troubleType: "security",
    key: "phishing",
    name: { ja: "フィッシング詐欺の疑い", en: "Suspected phishing" },
    team: "security",
    requiredFields: ["description"],
  },
  {
    troubleType: "other",
    key: "service_question",
    name: { ja: "サービスに関する質問", en: "Question about the service" },
    team: "general",
    requiredFields: ["description"],
  },
  {
    troubleType: "other",
    key: "how_to",
    name: { ja: "操作方法に関する質問", en: "How-to question" },
    team: "general",
    requiredFields: ["description"],
  },
  {
    troubleType: "other",
    key: "complaint",
    name: { ja: "ご意見・苦情", en: "Feedback or complaint" },
    team: "general",
    requiredFields: ["description"],
  },
];

export function subtypesOf(type: TroubleType): readonly SubtypeDefinition[] {
  return subtypes.filter((subtype) => subtype.troubleType === type);
}
