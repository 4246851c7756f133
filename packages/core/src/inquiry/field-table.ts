import type { Localized } from "../locale/locale";
import type { FieldKey } from "../trouble/subtypes";
import { type SelectOption, components, currencies, networks } from "./field-options";

export const inputTypes = [
  "text",
  "email",
  "date",
  "datetime-local",
  "decimal",
  "select",
  "textarea",
] as const;
export type InputType = (typeof inputTypes)[number];

/** How a field's value is checked and canonicalized (field-formats.ts). */
export type FieldFormat =
  | "email"
  | "personName"
  | "birthDate"
  | "referenceId"
  | "pastDateTime"
  | "amount"
  | "option"
  | "txid"
  | "address"
  | "freeText";

export interface FieldDefinition {
  key: FieldKey;
  input: InputType;
  format: FieldFormat;
  label: Localized;
  /** The guide's tips for this field, shown beside it. */
  help: Localized;
  example: Localized;
  maxLength: number;
  /** Free text only: fewer characters than this is not yet a concrete description. */
  minLength?: number;
  options?: readonly SelectOption[];
  /** The HTML autocomplete token, where the browser can help. */
  autoComplete?: string;
}

const same = (text: string): Localized => ({ ja: text, en: text });

/** Every fact a window may ask for (DOMAIN.md, 問い合わせ時に必要な情報), in form order. */
export const fieldTable: readonly FieldDefinition[] = [
  {
    key: "registeredEmail",
    input: "email",
    format: "email",
    label: { ja: "ご登録のメールアドレス", en: "Registered email address" },
    help: {
      ja: "口座にご登録のメールアドレスを入力してください。ご本人確認に使います。",
      en: "The email address registered to your account. We use it to confirm it is you.",
    },
    example: same("hanako@example.jp"),
    maxLength: 254,
    autoComplete: "email",
  },
  {
    key: "fullName",
    input: "text",
    format: "personName",
    label: { ja: "お名前（ご登録の氏名）", en: "Full name (as registered)" },
    help: {
      ja: "口座にご登録の氏名を、登録どおりの表記で入力してください。",
      en: "Your name exactly as registered to your account.",
    },
    example: { ja: "山田 花子", en: "Hanako Yamada" },
    maxLength: 100,
    autoComplete: "name",
  },
  {
    key: "dateOfBirth",
    input: "date",
    format: "birthDate",
    label: { ja: "生年月日", en: "Date of birth" },
    help: {
      ja: "口座にご登録の生年月日を入力してください。",
      en: "The date of birth registered to your account.",
    },
    example: same("1990-04-01"),
    maxLength: 10,
    autoComplete: "bday",
  },
  {
    key: "tradeId",
    input: "text",
    format: "referenceId",
    label: { ja: "取引ID（注文番号）", en: "Trade ID (order number)" },
    help: {
      ja: "取引履歴・注文履歴に表示されるIDを、表示どおりに正確に入力してください。",
      en: "The ID shown in your trade or order history, exactly as shown.",
    },
    example: same("ORD-7731902"),
    maxLength: 64,
  },
  {
    key: "transactionId",
    input: "text",
    format: "referenceId",
    label: { ja: "入出金ID", en: "Deposit or withdrawal ID" },
    help: {
      ja: "入出金履歴に表示される入金ID・出金IDを、表示どおりに正確に入力してください。",
      en: "The deposit or withdrawal ID shown in your history, exactly as shown.",
    },
    example: same("WD-20261125-1187"),
    maxLength: 64,
  },
  {
    key: "occurredAt",
    input: "datetime-local",
    format: "pastDateTime",
    label: { ja: "発生日時", en: "When it happened" },
    help: {
      ja: "問題が起きた日時、または操作した日時を日本時間で入力してください。分かる範囲で、できるだけ正確にお願いします。",
      en: "When it happened or when you made the operation, in Japan time, as accurately as you can.",
    },
    example: same("2026-11-27 10:15"),
    maxLength: 19,
  },
  {
    key: "amount",
    input: "decimal",
    format: "amount",
    label: { ja: "金額・数量", en: "Amount" },
    help: {
      ja: "履歴に表示されている金額または数量を入力してください。日本円は円単位、暗号資産は数量で入力します。",
      en: "The amount shown in your history: yen for JPY, the quantity for crypto assets.",
    },
    example: same("0.05"),
    maxLength: 40,
  },
  {
    key: "currency",
    input: "select",
    format: "option",
    label: { ja: "通貨", en: "Currency" },
    help: { ja: "対象の暗号資産を選んでください。", en: "The crypto asset concerned." },
    example: same("BTC"),
    maxLength: 16,
    options: currencies,
  },
  {
    key: "network",
    input: "select",
    format: "option",
    label: { ja: "ネットワーク", en: "Network" },
    help: {
      ja: "送金に使ったネットワーク（チェーン）を選んでください。同じ通貨でも、ネットワークが異なると反映されないことがあります。",
      en: "The network (chain) used for the transfer. The same currency sent over a different network may not arrive.",
    },
    example: same("Ethereum (ERC-20)"),
    maxLength: 32,
    options: networks.map(({ value, label }) => ({ value, label })),
  },
  {
    key: "txid",
    input: "text",
    format: "txid",
    label: { ja: "トランザクションID（TXID）", en: "Transaction hash (TXID)" },
    help: {
      ja: "送金のトランザクションハッシュです。送金元の履歴やブロックチェーンエクスプローラーからコピーして貼り付けてください。",
      en: "The transfer's transaction hash. Copy it from the sender's history or a block explorer and paste it here.",
    },
    example: same("0x5e1f4c2a9b7d3e8f6a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f"),
    maxLength: 130,
  },
  {
    key: "address",
    input: "text",
    format: "address",
    label: { ja: "アドレス", en: "Address" },
    help: {
      ja: "アドレスは手入力せず、コピーして貼り付けてください。宛先タグ（メモ）を使った場合は、お問い合わせ内容にも記載してください。",
      en: "Paste the address rather than typing it. If you used a destination tag (memo), include it in the description too.",
    },
    example: same("0x52908400098527886E0F7030069857D2E4169EE7"),
    maxLength: 130,
  },
  {
    key: "component",
    input: "select",
    format: "option",
    label: { ja: "対象のサービス", en: "Affected service" },
    help: {
      ja: "問題が起きているサービスを選んでください。",
      en: "The part of the service where the problem occurs.",
    },
    example: { ja: "スマートフォンアプリ", en: "Mobile app" },
    maxLength: 32,
    options: components,
  },
  {
    key: "errorMessage",
    input: "textarea",
    format: "freeText",
    label: { ja: "表示されたエラーメッセージ", en: "Error message shown" },
    help: {
      ja: "画面に表示されたエラーメッセージを、表示どおりにそのまま入力してください。エラー番号があれば含めてください。画面のスクリーンショットを添付いただくと、より早く確認できます。",
      en: "The error message exactly as shown, including any error code. A screenshot of the screen helps us check faster.",
    },
    example: {
      ja: "予期しないエラーが発生しました (E-1003)",
      en: "An unexpected error occurred (E-1003)",
    },
    maxLength: 1000,
    minLength: 1,
  },
  {
    key: "description",
    input: "textarea",
    format: "freeText",
    label: { ja: "お問い合わせ内容", en: "What happened" },
    help: {
      ja: "何が・いつ・どのように起きたかを具体的にお書きください。すでに試したことがあれば、あわせてお書きください。パスワード、認証コード、シードフレーズ、秘密鍵は絶対に書かないでください。",
      en: "Describe concretely what happened, when and how, and anything you have already tried. Never write your password, authentication codes, seed phrase or private keys.",
    },
    example: {
      ja: "11月27日10時ごろ、ゆうちょ銀行から50,000円を振り込みましたが、まだ残高に反映されていません。",
      en: "I transferred ¥50,000 from my bank around 10:00 on 27 November, but my balance has not been credited.",
    },
    maxLength: 5000,
    minLength: 10,
  },
];

export function fieldDefinition(key: FieldKey): FieldDefinition {
  const found = fieldTable.find((field) => field.key === key);
  if (!found) throw new Error(`no field definition for ${key}`);
  return found;
}
