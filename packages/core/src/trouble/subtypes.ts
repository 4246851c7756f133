import type { Localized } from "../locale/locale";
import type { TeamKey } from "../team/teams";
import type { TroubleType } from "./trouble-types";

/** Facts a window may ask for; their formats and help texts are the inquiry form's field table. */
export const fieldKeys = [
  "registeredEmail",
  "fullName",
  "dateOfBirth",
  "tradeId",
  "occurredAt",
  "amount",
  "currency",
  "transactionId",
  "txid",
  "network",
  "address",
  "component",
  "errorMessage",
  "description",
] as const;
export type FieldKey = (typeof fieldKeys)[number];

export interface SubtypeDefinition {
  troubleType: TroubleType;
  key: string;
  name: Localized;
  team: TeamKey;
  /** What the window needs: the inquiry form requires these. */
  requiredFields: readonly FieldKey[];
  /** Asked for as well, but may be left blank (a deposit that never arrived has no deposit ID). */
  optionalFields: readonly FieldKey[];
}

const identity: readonly FieldKey[] = ["registeredEmail", "fullName", "dateOfBirth", "description"];
const trade: readonly FieldKey[] = ["tradeId", "occurredAt", "amount", "description"];
const jpy: readonly FieldKey[] = ["transactionId", "occurredAt", "amount", "description"];
const jpyDeposit: readonly FieldKey[] = ["occurredAt", "amount", "description"];
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
const cryptoDeposit: readonly FieldKey[] = crypto.filter((field) => field !== "transactionId");
const errorShown: readonly FieldKey[] = ["errorMessage"];
const idIfShown: readonly FieldKey[] = ["transactionId", "errorMessage"];

/** Subtypes per trouble type (step 2 of triage) and what each window needs (DOMAIN.md). */
export const subtypes: readonly SubtypeDefinition[] = [
  {
    troubleType: "login",
    key: "forgot_password",
    name: { ja: "パスワードを忘れた", en: "Forgot my password" },
    team: "general",
    requiredFields: identity,
    optionalFields: errorShown,
  },
  {
    troubleType: "login",
    key: "id_locked",
    name: { ja: "IDがロックされた", en: "My ID is locked" },
    team: "general",
    requiredFields: identity,
    optionalFields: errorShown,
  },
  {
    troubleType: "login",
    key: "two_factor",
    name: { ja: "二段階認証ができない", en: "Two-factor problem" },
    team: "general",
    requiredFields: identity,
    optionalFields: errorShown,
  },
  {
    troubleType: "trading",
    key: "order_not_filled",
    name: { ja: "注文が約定しない", en: "Order not filled" },
    team: "trading",
    requiredFields: trade,
    optionalFields: ["currency", "errorMessage"],
  },
  {
    troubleType: "trading",
    key: "cancellation",
    name: { ja: "注文を取り消せない", en: "Cannot cancel an order" },
    team: "trading",
    requiredFields: trade,
    optionalFields: ["currency", "errorMessage"],
  },
  {
    troubleType: "trading",
    key: "history_mismatch",
    name: { ja: "取引履歴が合わない", en: "History does not match" },
    team: "trading",
    requiredFields: trade,
    optionalFields: ["currency", "errorMessage"],
  },
  {
    troubleType: "funds",
    key: "jpy_deposit_missing",
    name: { ja: "日本円の入金が反映されない", en: "JPY deposit not credited" },
    team: "funds",
    requiredFields: jpyDeposit,
    optionalFields: idIfShown,
  },
  {
    troubleType: "funds",
    key: "jpy_withdrawal_refused",
    name: { ja: "日本円の出金が拒否された", en: "JPY withdrawal refused" },
    team: "funds",
    requiredFields: jpy,
    optionalFields: errorShown,
  },
  {
    troubleType: "funds",
    key: "crypto_deposit_missing",
    name: { ja: "暗号資産の入金が届かない", en: "Crypto deposit not arriving" },
    team: "funds",
    requiredFields: cryptoDeposit,
    optionalFields: idIfShown,
  },
  {
    troubleType: "funds",
    key: "crypto_withdrawal_pending",
    name: { ja: "暗号資産の出金が完了しない", en: "Crypto withdrawal pending" },
    team: "funds",
    requiredFields: crypto,
    optionalFields: errorShown,
  },
  {
    troubleType: "funds",
    key: "wrong_address",
    name: { ja: "送金先を間違えた", en: "Sent to a wrong address" },
    team: "funds",
    requiredFields: crypto,
    optionalFields: errorShown,
  },
  {
    troubleType: "system",
    key: "site_unreachable",
    name: { ja: "サイトにアクセスできない", en: "Site unreachable" },
    team: "system",
    requiredFields: ["component", "occurredAt", "errorMessage", "description"],
    optionalFields: [],
  },
  {
    troubleType: "system",
    key: "app_malfunction",
    name: { ja: "アプリが正常に動かない", en: "App malfunction" },
    team: "system",
    requiredFields: ["component", "occurredAt", "errorMessage", "description"],
    optionalFields: [],
  },
  {
    troubleType: "system",
    key: "api_error",
    name: { ja: "APIに接続できない", en: "API connection error" },
    team: "system",
    requiredFields: ["occurredAt", "errorMessage", "description"],
    optionalFields: [],
  },
  {
    troubleType: "security",
    key: "unauthorized_access",
    name: { ja: "身に覚えのないログイン・操作", en: "Unauthorized access" },
    team: "security",
    requiredFields: ["occurredAt", "description"],
    optionalFields: errorShown,
  },
  {
    troubleType: "security",
    key: "account_takeover",
    name: { ja: "アカウントを乗っ取られた", en: "Account taken over" },
    team: "security",
    requiredFields: ["occurredAt", "description"],
    optionalFields: errorShown,
  },
  {
    troubleType: "security",
    key: "phishing",
    name: { ja: "フィッシング詐欺の疑い", en: "Suspected phishing" },
    team: "security",
    requiredFields: ["description"],
    optionalFields: ["occurredAt"],
  },
  {
    troubleType: "other",
    key: "service_question",
    name: { ja: "サービスに関する質問", en: "Question about the service" },
    team: "general",
    requiredFields: ["description"],
    optionalFields: [],
  },
  {
    troubleType: "other",
    key: "how_to",
    name: { ja: "操作方法に関する質問", en: "How-to question" },
    team: "general",
    requiredFields: ["description"],
    optionalFields: errorShown,
  },
  {
    troubleType: "other",
    key: "complaint",
    name: { ja: "ご意見・苦情", en: "Feedback or complaint" },
    team: "general",
    requiredFields: ["description"],
    optionalFields: ["occurredAt"],
  },
];

export function subtypesOf(type: TroubleType): readonly SubtypeDefinition[] {
  return subtypes.filter((subtype) => subtype.troubleType === type);
}

export function findSubtype(type: TroubleType, key: string): SubtypeDefinition | undefined {
  return subtypes.find((subtype) => subtype.troubleType === type && subtype.key === key);
}
