import type { Locale } from "@madoguchi/core/locale/locale";

type Messages = Readonly<Record<string, string>>;

const tryLater = {
  ja: "短時間に何度もお手続きされたため、一時的に受け付けを停止しています。しばらく待ってから、もう一度お試しください。",
  en: "There have been too many attempts in a short time. Please wait a while and try again.",
};

/**
 * The text of the API's message keys (DomainError.messageKey and the zod messages of core's
 * account schemas). A key missing here falls back to a general message, never to the key.
 */
const messages: Record<Locale, Messages> = {
  ja: {
    "account.email.required": "メールアドレスを入力してください。",
    "account.email.single": "メールアドレスは1件だけ入力してください。",
    "account.email.invalid": "メールアドレスの形式が正しくありません（例：hanako@example.jp）。",
    "account.email.tooLong": "メールアドレスが長すぎます。",
    "account.email.unchanged": "現在ご登録のメールアドレスと同じです。",
    "account.email.unavailable":
      "このメールアドレスには変更できませんでした。別のアドレスをお試しいただくか、サポートへお問い合わせください。",
    "account.password.required": "パスワードを入力してください。",
    "account.password.tooShort": "パスワードは10文字以上で入力してください。",
    "account.password.tooLong": "パスワードは256文字以内で入力してください。",
    "account.password.common":
      "よく使われていて推測されやすいパスワードです。別のパスワードをお選びください。",
    "account.password.repetitive": "同じ文字や連続した文字の並びは推測されやすいため、お使いいただけません。",
    "account.password.personal":
      "メールアドレスやお名前をもとにしたパスワードは推測されやすいため、お使いいただけません。",
    "account.password.incorrect": "パスワードが正しくありません。",
    "account.password.mismatch": "確認のため、同じパスワードをもう一度入力してください。",
    "account.name.required": "お名前を入力してください。",
    "account.name.tooLong": "お名前は100文字以内で入力してください。",
    "account.dateOfBirth.invalid": "生年月日を正しく入力してください（例：1990-04-01）。",
    "account.link.invalid": "このリンクは無効です。メールに記載されたリンクをもう一度ご確認ください。",
    "account.link.expired": "このリンクは有効期限が切れています。お手数ですが、最初からお手続きください。",
    "account.link.used": "このリンクはすでに使用されています。",
    "account.emailLink.rateLimited": tryLater.ja,
    "account.signUp.rateLimited": tryLater.ja,
    "account.verification.rateLimited": tryLater.ja,
    "account.reauth.rateLimited": tryLater.ja,
    "account.twoFactor.codeFormat": "6桁の数字を入力してください。",
    "account.twoFactor.codeInvalid":
      "コードが正しくないか、有効期限が切れています。認証アプリに表示されている最新のコードを入力してください。",
    "account.twoFactor.enrollmentExpired":
      "設定の有効期限が切れました。お手数ですが、最初からやり直してください。",
    "account.twoFactor.enrollmentInvalid":
      "設定の有効期限が切れました。お手数ですが、最初からやり直してください。",
    "account.twoFactor.alreadyEnabled": "二段階認証はすでに有効になっています。",
    "account.twoFactor.notEnabled": "二段階認証は有効になっていません。",
    "account.emailNotVerified":
      "メールアドレスの確認がお済みではありません。確認メールのリンクを開いてから、もう一度お試しください。",
    "account.session.notFound": "この端末はすでにサインアウトしています。",
    "account.notFound": "お手続きできませんでした。時間をおいて、もう一度お試しください。",
    failed: "お手続きできませんでした。時間をおいて、もう一度お試しください。",
    rateLimited: tryLater.ja,
  },
  en: {
    "account.email.required": "Enter your email address.",
    "account.email.single": "Enter one email address only.",
    "account.email.invalid": "This email address is not valid (e.g. hanako@example.com).",
    "account.email.tooLong": "This email address is too long.",
    "account.email.unchanged": "This is the address your account already uses.",
    "account.email.unavailable":
      "Your account could not move to this address. Try another address or contact support.",
    "account.password.required": "Enter your password.",
    "account.password.tooShort": "Use at least 10 characters.",
    "account.password.tooLong": "Use at most 256 characters.",
    "account.password.common": "This password is common and easy to guess. Please choose another.",
    "account.password.repetitive":
      "Repeated or sequential characters are easy to guess. Please choose another.",
    "account.password.personal":
      "A password made from your email address or name is easy to guess. Please choose another.",
    "account.password.incorrect": "The password is not correct.",
    "account.password.mismatch": "Enter the same password again to confirm it.",
    "account.name.required": "Enter your name.",
    "account.name.tooLong": "Use at most 100 characters.",
    "account.dateOfBirth.invalid": "Enter a valid date of birth (e.g. 1990-04-01).",
    "account.link.invalid": "This link is not valid. Please check the link in the email again.",
    "account.link.expired": "This link has expired. Please start again.",
    "account.link.used": "This link has already been used.",
    "account.emailLink.rateLimited": tryLater.en,
    "account.signUp.rateLimited": tryLater.en,
    "account.verification.rateLimited": tryLater.en,
    "account.reauth.rateLimited": tryLater.en,
    "account.twoFactor.codeFormat": "Enter the 6-digit code.",
    "account.twoFactor.codeInvalid":
      "The code is not correct or has expired. Enter the latest code your authenticator app shows.",
    "account.twoFactor.enrollmentExpired": "The setup has expired. Please start again.",
    "account.twoFactor.enrollmentInvalid": "The setup has expired. Please start again.",
    "account.twoFactor.alreadyEnabled": "Two-factor authentication is already on.",
    "account.twoFactor.notEnabled": "Two-factor authentication is not on.",
    "account.emailNotVerified":
      "Your email address is not confirmed yet. Open the link in the confirmation email, then try again.",
    "account.session.notFound": "This device is already signed out.",
    "account.notFound": "We could not complete this. Please try again later.",
    failed: "We could not complete this. Please try again later.",
    rateLimited: tryLater.en,
  },
};

/** The text of a message key; unknown keys read as the general failure. */
export function errorText(locale: Locale, key: string): string {
  const table = messages[locale];
  return table[key] ?? table.failed ?? "";
}
