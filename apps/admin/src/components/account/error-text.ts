const tryLater =
  "短時間に何度も操作されたため、一時的に受け付けを停止しています。しばらく待ってから、もう一度お試しください。";

/** The console's text of the API's message keys; unknown keys read as a general failure. */
const messages: Readonly<Record<string, string>> = {
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

export function errorText(key: string): string {
  return messages[key] ?? messages.failed ?? "";
}
