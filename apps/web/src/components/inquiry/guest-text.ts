import type { Locale } from "@madoguchi/core/locale/locale";

const text = {
  ja: {
    title: "お問い合わせ状況の確認",
    lead: "サインインせずに送ったお問い合わせ（ログインに関するトラブル）は、お問い合わせ時のメールアドレスとお問い合わせ番号で確認・返信できます。確認コードをメールでお送りします。",
    email: "お問い合わせ時のメールアドレス",
    number: "お問い合わせ番号",
    send: "確認コードを送る",
    sent: "入力内容に該当するお問い合わせがある場合、確認コードをお送りしました。メールに記載の6桁のコードを入力してください。",
    open: "お問い合わせを表示する",
    expired: "表示の有効期限が切れました。お手数ですが、もう一度確認コードをお受け取りください。",
    attachmentsNote: "添付ファイルはファイル名のみ表示しています。",
  },
  en: {
    title: "Check an inquiry",
    lead: "An inquiry sent without signing in (sign-in trouble) can be read and answered with the email address you gave and the inquiry number. We email you a confirmation code.",
    email: "Email address used for the inquiry",
    number: "Inquiry number",
    send: "Send the code",
    sent: "If an inquiry matches, we sent a confirmation code. Enter the 6 digits from the email.",
    open: "Show the inquiry",
    expired: "This view has expired. Please ask for a new confirmation code.",
    attachmentsNote: "Attachments are listed by name only.",
  },
} as const;

export function guestText(locale: Locale) {
  return text[locale];
}
