import type { Locale } from "@madoguchi/core/locale/locale";
import type { Localized } from "@/i18n/localized";

const tryLater =
  "短時間に何度も操作されたため、一時的に受け付けを停止しています。しばらく待ってから、もう一度お試しください。";
const tryLaterEn =
  "Too many attempts in a short time, so this is paused for now. Please wait a while and try again.";

/** The console's text of the API's message keys; unknown keys read as a general failure. */
const ja = {
  "account.email.required": "メールアドレスを入力してください。",
  "account.email.single": "メールアドレスは1件だけ入力してください。",
  "account.email.invalid": "メールアドレスの形式が正しくありません。",
  "account.email.tooLong": "メールアドレスが長すぎます。",
  "account.password.required": "パスワードを入力してください。",
  "account.password.tooShort": "パスワードは10文字以上で入力してください。",
  "account.password.tooLong": "パスワードは256文字以内で入力してください。",
  "account.password.common":
    "よく使われていて推測されやすいパスワードです。別のパスワードを入力してください。",
  "account.password.repetitive": "同じ文字や連続した文字の並びは推測されやすいため、使えません。",
  "account.password.personal": "メールアドレスや氏名をもとにしたパスワードは推測されやすいため、使えません。",
  "account.password.incorrect": "パスワードが正しくありません。",
  "account.name.required": "表示名を入力してください。",
  "account.name.tooLong": "表示名は100文字以内で入力してください。",
  "account.link.invalid": "このリンクは無効です。メールに記載されたリンクをもう一度ご確認ください。",
  "account.link.expired": "このリンクは有効期限が切れています。管理者に招待の再送を依頼してください。",
  "account.link.used": "このリンクはすでに使用されています。",
  "account.reauth.rateLimited": tryLater,
  "account.twoFactor.codeFormat": "6桁の数字を入力してください。",
  "account.twoFactor.codeInvalid":
    "コードが正しくないか、有効期限が切れています。認証アプリに表示されている最新のコードを入力してください。",
  "account.twoFactor.enrollmentExpired":
    "設定の有効期限が切れました。ページを再読み込みして、最初からやり直してください。",
  "account.twoFactor.enrollmentInvalid":
    "設定の有効期限が切れました。ページを再読み込みして、最初からやり直してください。",
  "account.twoFactor.alreadyEnabled": "二段階認証はすでに設定されています。",
  "account.twoFactor.notEnabled": "二段階認証が設定されていません。",
  "account.session.notFound": "この端末はすでにサインアウトしています。",
  "staff.role.required": "役割を選んでください。",
  "staff.teams.required": "担当する窓口を1つ以上選んでください。",
  "staff.emailTaken": "このメールアドレスの担当者はすでに登録されています。",
  "staff.notOnSelf": "ご自身のアカウントには実行できません。",
  "staff.notFound": "担当者が見つかりません。",
  "staff.twoFactorEnrollmentRequired": "先に二段階認証を設定してください。",
  forbidden: "この操作を行う権限がありません。",
  failed: "処理できませんでした。時間をおいて、もう一度お試しください。",
  rateLimited: tryLater,
};

export const errorMessages = {
  ja,
  en: {
    "account.email.required": "Enter an email address.",
    "account.email.single": "Enter only one email address.",
    "account.email.invalid": "The email address is not in a valid format.",
    "account.email.tooLong": "The email address is too long.",
    "account.password.required": "Enter a password.",
    "account.password.tooShort": "Use at least 10 characters for the password.",
    "account.password.tooLong": "Use at most 256 characters for the password.",
    "account.password.common": "This password is common and easy to guess. Please choose another one.",
    "account.password.repetitive": "Repeated or sequential characters are easy to guess and cannot be used.",
    "account.password.personal":
      "A password based on your email address or name is easy to guess and cannot be used.",
    "account.password.incorrect": "The password is incorrect.",
    "account.name.required": "Enter a display name.",
    "account.name.tooLong": "Use at most 100 characters for the display name.",
    "account.link.invalid": "This link is not valid. Please check the link in the email again.",
    "account.link.expired": "This link has expired. Ask an administrator to send the invitation again.",
    "account.link.used": "This link has already been used.",
    "account.reauth.rateLimited": tryLaterEn,
    "account.twoFactor.codeFormat": "Enter the 6-digit code.",
    "account.twoFactor.codeInvalid":
      "The code is incorrect or has expired. Enter the latest code shown in your authenticator app.",
    "account.twoFactor.enrollmentExpired": "The setup has expired. Reload the page and start again.",
    "account.twoFactor.enrollmentInvalid": "The setup has expired. Reload the page and start again.",
    "account.twoFactor.alreadyEnabled": "Two-factor authentication is already set up.",
    "account.twoFactor.notEnabled": "Two-factor authentication is not set up.",
    "account.session.notFound": "That device is already signed out.",
    "staff.role.required": "Choose a role.",
    "staff.teams.required": "Choose at least one window to work in.",
    "staff.emailTaken": "A staff member with this email address is already registered.",
    "staff.notOnSelf": "This cannot be done to your own account.",
    "staff.notFound": "The staff member was not found.",
    "staff.twoFactorEnrollmentRequired": "Set up two-factor authentication first.",
    forbidden: "You do not have permission for this action.",
    failed: "This could not be processed. Please wait a moment and try again.",
    rateLimited: tryLaterEn,
  },
} satisfies Localized<typeof ja>;

export function errorText(key: string, locale: Locale = "ja"): string {
  const messages: Readonly<Record<string, string>> = errorMessages[locale];
  return messages[key] ?? messages.failed ?? "";
}
