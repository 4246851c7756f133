import { DomainError } from "../errors/domain-error";
import type { Localized } from "../locale/locale";
import { type FieldKey, type SubtypeDefinition, findSubtype } from "../trouble/subtypes";
import type { TroubleType } from "../trouble/trouble-types";
import { type FieldDefinition, fieldTable } from "./field-table";

type FieldWording = Partial<Record<"label" | "help" | "example", Localized>>;

const deposited: FieldWording = {
  help: {
    ja: "入金履歴に表示されている場合のみ入力してください。まだ表示されていなければ空欄で構いません。",
    en: "Only if it appears in your deposit history; leave it blank if it does not yet.",
  },
};
const yen: FieldWording = {
  label: { ja: "金額（円）", en: "Amount (JPY)" },
  example: { ja: "50,000", en: "50,000" },
};

/** Where a subtype's window words a field more precisely than the general table does. */
export const subtypeFieldWording: Readonly<Record<string, Partial<Record<FieldKey, FieldWording>>>> = {
  jpy_deposit_missing: {
    transactionId: { label: { ja: "入金ID", en: "Deposit ID" }, ...deposited },
    occurredAt: { label: { ja: "振込日時", en: "When you made the transfer" } },
    amount: { ...yen, label: { ja: "振込金額（円）", en: "Amount transferred (JPY)" } },
  },
  jpy_withdrawal_refused: {
    transactionId: { label: { ja: "出金ID", en: "Withdrawal ID" } },
    occurredAt: { label: { ja: "出金申請日時", en: "When you requested the withdrawal" } },
    amount: yen,
  },
  crypto_deposit_missing: {
    transactionId: { label: { ja: "入金ID", en: "Deposit ID" }, ...deposited },
    occurredAt: { label: { ja: "送金日時", en: "When it was sent" } },
    address: {
      label: { ja: "入金先アドレス（当社のアドレス）", en: "Deposit address (ours)" },
      help: {
        ja: "送金先に指定した当社の入金アドレスを、コピーして貼り付けてください。宛先タグ（メモ）が必要な通貨では、タグもお問い合わせ内容に記載してください。",
        en: "Paste the deposit address of ours that you sent to. For currencies that need a destination tag (memo), include the tag in the description.",
      },
    },
  },
  crypto_withdrawal_pending: {
    transactionId: { label: { ja: "出金ID", en: "Withdrawal ID" } },
    occurredAt: { label: { ja: "出金申請日時", en: "When you requested the withdrawal" } },
    address: { label: { ja: "出金先アドレス", en: "Withdrawal address" } },
  },
  wrong_address: {
    transactionId: { label: { ja: "出金ID", en: "Withdrawal ID" } },
    occurredAt: { label: { ja: "出金日時", en: "When it was sent" } },
    address: { label: { ja: "誤って送金した先のアドレス", en: "The wrong address it was sent to" } },
  },
  order_not_filled: { occurredAt: { label: { ja: "注文日時", en: "When you placed the order" } } },
  cancellation: { occurredAt: { label: { ja: "取消を試みた日時", en: "When you tried to cancel" } } },
  history_mismatch: { occurredAt: { label: { ja: "取引日時", en: "When the trade happened" } } },
};

export interface InquiryFormField extends FieldDefinition {
  required: boolean;
}

export function requireSubtype(type: TroubleType, subtype: string): SubtypeDefinition {
  const definition = findSubtype(type, subtype);
  if (!definition)
    throw new DomainError("INVALID", "inquiry.subtype.unknown", `unknown subtype ${type}/${subtype}`);
  return definition;
}

/**
 * The form of step 4 for one subtype: exactly the fields its window needs, required or not,
 * in the table's order (network before TXID and address, whose formats depend on it).
 */
export function inquiryFormFor(type: TroubleType, subtype: string): readonly InquiryFormField[] {
  const definition = requireSubtype(type, subtype);
  const wording = subtypeFieldWording[definition.key] ?? {};
  return fieldTable
    .filter(
      (field) =>
        definition.requiredFields.includes(field.key) || definition.optionalFields.includes(field.key),
    )
    .map((field) => ({
      ...field,
      ...wording[field.key],
      required: definition.requiredFields.includes(field.key),
    }));
}
