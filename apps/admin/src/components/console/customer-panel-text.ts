import type { PiiField } from "@madoguchi/core/workspace/customer-pii";
import type { Localized } from "@/i18n/localized";

interface CustomerPanelText {
  title: string;
  pii: Readonly<Record<PiiField, string>>;
  notRegistered: string;
  plan: string;
  phoneSupport: string;
  account: string;
  frozen: string;
  locked: string;
  twoFactorOn: string;
  twoFactorOff: string;
  contact: string;
  guest: string;
  unfreezeHint: string;
  pastTickets: string;
  none: string;
  identity: (state: string) => string;
  noCandidate: string;
  identityNote: string;
  markVerified: string;
  markRejected: string;
}

/** The customer panel's words; Japanese first (the console's default, and the e2e specs' names). */
export const customerPanelText = {
  ja: {
    title: "お客様",
    pii: { email: "メールアドレス", fullName: "氏名", dateOfBirth: "生年月日" },
    notRegistered: "未登録",
    plan: "プラン",
    phoneSupport: "（電話サポート対象）",
    account: "アカウント",
    frozen: "凍結中",
    locked: "ロック中",
    twoFactorOn: "二段階認証あり",
    twoFactorOff: "二段階認証なし",
    contact: "連絡先",
    guest: "未ログインでのお問い合わせ",
    unfreezeHint: "凍結の解除は、本人確認のうえ、別の担当者の承認を得て行います。",
    pastTickets: "過去のお問い合わせ",
    none: "ありません。",
    identity: (state) => `本人確認：${state}`,
    noCandidate: "入力されたメールアドレスに該当するアカウントはありません。",
    identityNote: "判断のメモ（任意・社内のみ）",
    markVerified: "本人確認済みにする",
    markRejected: "本人と確認できない",
  },
  en: {
    title: "Customer",
    pii: { email: "Email address", fullName: "Full name", dateOfBirth: "Date of birth" },
    notRegistered: "Not registered",
    plan: "Plan",
    phoneSupport: " (phone support)",
    account: "Account",
    frozen: "Frozen",
    locked: "Locked",
    twoFactorOn: "Two-factor on",
    twoFactorOff: "Two-factor off",
    contact: "Contact",
    guest: "Inquiry filed without signing in",
    unfreezeHint: "An account is unfrozen after the identity checks, with a second staff member's approval.",
    pastTickets: "Past inquiries",
    none: "None.",
    identity: (state) => `Identity check: ${state}`,
    noCandidate: "No account matches the email address given.",
    identityNote: "Note on the decision (optional, internal)",
    markVerified: "Mark as verified",
    markRejected: "Cannot confirm identity",
  },
} satisfies Localized<CustomerPanelText>;
