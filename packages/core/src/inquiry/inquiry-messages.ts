import type { Locale, Localized } from "../locale/locale";

/**
 * Every message the inquiry form's validation can raise. Zod issues carry the key as their
 * `message`; the form and the API translate it with `inquiryMessage`.
 */
export const inquiryMessages = {
  "inquiry.required": {
    ja: "この項目を入力してください。",
    en: "Please fill in this field.",
  },
  "inquiry.invalid": {
    ja: "入力内容をご確認ください。",
    en: "Please check this field.",
  },
  "inquiry.tooLong": {
    ja: "入力が長すぎます。文字数の上限をご確認ください。",
    en: "This is too long. Please check the length limit.",
  },
  "inquiry.email.format": {
    ja: "メールアドレスの形式が正しくありません。ご登録のメールアドレスをご確認ください。",
    en: "This email address is not valid. Please check your registered address.",
  },
  "inquiry.email.multiple": {
    ja: "メールアドレスは1件だけ入力してください。",
    en: "Please enter only one email address.",
  },
  "inquiry.fullName.format": {
    ja: "お名前をご登録のとおりに入力してください。",
    en: "Please enter your name as registered.",
  },
  "inquiry.date.format": {
    ja: "日付を正しく入力してください（例: 1990-04-01）。",
    en: "Please enter a valid date (e.g. 1990-04-01).",
  },
  "inquiry.dateOfBirth.future": {
    ja: "生年月日に今日より後の日付は指定できません。",
    en: "Your date of birth cannot be after today.",
  },
  "inquiry.dateOfBirth.range": {
    ja: "生年月日をご確認ください。",
    en: "Please check your date of birth.",
  },
  "inquiry.datetime.format": {
    ja: "日時を正しく入力してください（例: 2026-11-27 10:15）。",
    en: "Please enter a valid date and time (e.g. 2026-11-27 10:15).",
  },
  "inquiry.datetime.future": {
    ja: "未来の日時は指定できません。発生した日時を入力してください。",
    en: "This is in the future. Please enter when it happened.",
  },
  "inquiry.datetime.tooOld": {
    ja: "日時をご確認ください。2000年以降の日時を入力してください。",
    en: "Please check the date: it must be in 2000 or later.",
  },
  "inquiry.referenceId.format": {
    ja: "IDの形式が正しくありません。半角英数字とハイフン（4〜64文字）で、履歴に表示されているとおりに入力してください。",
    en: "This ID is not valid. Use letters, digits and hyphens (4–64 characters), exactly as shown in your history.",
  },
  "inquiry.amount.format": {
    ja: "金額・数量は数字で入力してください（例: 0.05、50,000）。",
    en: "Please enter the amount as a number (e.g. 0.05 or 50,000).",
  },
  "inquiry.amount.exponent": {
    ja: "指数表記（1e-5 など）は使えません。0.00001 のように入力してください。",
    en: "Exponent notation (such as 1e-5) is not accepted. Please write 0.00001.",
  },
  "inquiry.amount.fraction": {
    ja: "小数点以下は18桁までで入力してください。",
    en: "Please use at most 18 digits after the decimal point.",
  },
  "inquiry.amount.positive": {
    ja: "0より大きい値を入力してください。",
    en: "Please enter an amount greater than zero.",
  },
  "inquiry.amount.tooLarge": {
    ja: "金額・数量が大きすぎます。入力内容をご確認ください。",
    en: "This amount is too large. Please check it.",
  },
  "inquiry.option.unknown": {
    ja: "一覧から選択してください。",
    en: "Please choose from the list.",
  },
  "inquiry.txid.format": {
    ja: "TXIDの形式が正しくありません。ネットワークに合わせて確認してください。",
    en: "This TXID is not valid. Please check it against the network you chose.",
  },
  "inquiry.address.format": {
    ja: "アドレスの形式が正しくありません。ネットワークに合わせて確認してください。",
    en: "This address is not valid. Please check it against the network you chose.",
  },
  "inquiry.description.tooShort": {
    ja: "状況をもう少し詳しくお書きください（何が・いつ・どのように起きたか）。",
    en: "Please describe the situation in a little more detail (what, when and how).",
  },
  "inquiry.subtype.unknown": {
    ja: "お問い合わせの種類をもう一度お選びください。",
    en: "Please choose the kind of trouble again.",
  },
} as const satisfies Record<string, Localized>;

export type InquiryMessageKey = keyof typeof inquiryMessages;

export function isInquiryMessageKey(key: string): key is InquiryMessageKey {
  return Object.hasOwn(inquiryMessages, key);
}

/** The text of a message key; an unknown key (a library's own message) falls back to a generic one. */
export function inquiryMessage(key: string, locale: Locale): string {
  return isInquiryMessageKey(key) ? inquiryMessages[key][locale] : inquiryMessages["inquiry.invalid"][locale];
}
