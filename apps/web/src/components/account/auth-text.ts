import type { Locale } from "@madoguchi/core/locale/locale";

/** The sign-in, sign-up and emailed-link pages' text. Japanese is the source; English follows it. */
const ja = {
  fields: {
    email: "メールアドレス",
    password: "パスワード",
    newPassword: "新しいパスワード",
    fullName: "お名前（氏名）",
    dateOfBirth: "生年月日（任意）",
    totpCode: "確認コード（6桁）",
    recoveryCode: "リカバリーコード",
  },
  hints: {
    newPassword:
      "10文字以上で入力してください。記号や数字を混ぜる必要はありません。よく使われるものや、お名前・メールアドレスを含むものはお使いいただけません。",
    fullName: "ご本人確認に使います。本人確認書類と同じ表記でご入力ください。",
    dateOfBirth: "サインインできなくなったときのお問い合わせで、ご本人確認に使います。",
    totpCode: "認証アプリ（Google Authenticator など）に表示されている6桁の数字です。",
    recoveryCode:
      "二段階認証の設定時に保存した10個のコードのうち、まだ使っていないものを1つ入力してください。",
  },
  staffNeverAsk: "当社の担当者が、パスワードや二段階認証のコードをお伺いすることはありません。",
  header: { signIn: "サインイン", signOut: "サインアウト" },
  signIn: {
    title: "サインイン",
    lead: "ご登録のメールアドレスとパスワードを入力してください。",
    required: "このページをご覧いただくには、サインインが必要です。",
    submit: "サインインする",
    submitting: "確認しています…",
    secondFactorTitle: "二段階認証",
    secondFactorLead: "二段階認証のコードを入力してください。",
    verify: "確認する",
    useRecoveryCode: "認証アプリを使えない場合（リカバリーコードを使う）",
    useAuthenticator: "認証アプリのコードを使う",
    lostDevice:
      "認証アプリもリカバリーコードも使えない場合は、「二段階認証ができない」お問い合わせからご連絡ください。サインインせずに送れます。ご本人確認のうえ、二段階認証を解除します。",
    lostDeviceLink: "二段階認証ができないことを問い合わせる",
    startOver: "メールアドレスの入力からやり直す",
    invalid:
      "メールアドレスまたはパスワードが正しくないか、現在サインインできない状態です。入力内容をご確認ください。",
    invalidHelp:
      "何度か続けて間違えると、安全のため一時的にサインインできなくなり、ご登録のアドレスにロック解除のご案内が届きます。",
    secondFactorInvalid: "コードが正しくないか、有効期限が切れています。最新のコードを入力してください。",
    recoveryCodeInvalid: "リカバリーコードが正しくないか、すでに使用されています。",
    codeRequired: "コードを入力してください。",
    rateLimited:
      "サインインの試行が続いたため、一時的に受け付けを停止しています。15分ほど待ってから、もう一度お試しください。",
    failed: "サインインできませんでした。時間をおいて、もう一度お試しください。",
    noScript: "サインインには JavaScript を有効にしてください。",
    forgotPassword: "パスワードをお忘れの方",
    signUp: "アカウントをお持ちでない方（新規登録）",
    cannotSignIn: "サインインできない場合のお問い合わせ",
    freeze: "身に覚えのない操作がある場合：アカウントを緊急凍結する",
  },
  signUp: {
    title: "新規登録",
    lead: "メールアドレスとパスワードを登録してください。登録後、確認のメールをお送りします。",
    submit: "登録する",
    doneTitle: "確認メールをお送りしました",
    done: (email: string) =>
      `${email} あてに確認のメールをお送りしました。メールに記載されたリンクを開くと、メールアドレスの確認が完了します（リンクの有効期限は24時間です）。`,
    doneExisting:
      "このアドレスでアカウントをすでにお持ちの場合は、確認メールの代わりにパスワード再設定のご案内が届きます。",
    doneSpam: "メールが届かない場合は、迷惑メールフォルダもご確認ください。",
    haveAccount: "すでにアカウントをお持ちの方",
  },
  forgot: {
    title: "パスワードの再設定",
    lead: "ご登録のメールアドレスを入力してください。パスワードを再設定するためのリンクをお送りします。",
    submit: "再設定のメールを送る",
    done: (email: string) =>
      `${email} がご登録のアドレスであれば、パスワード再設定のご案内をお送りしました。リンクの有効期限は30分です。`,
    doneNoMail:
      "メールが届かない場合は、迷惑メールフォルダをご確認のうえ、「パスワードを忘れた」お問い合わせからご連絡ください。",
    contact: "パスワードについて問い合わせる",
  },
  reset: {
    title: "新しいパスワードの設定",
    lead: "新しいパスワードを入力してください。設定すると、すべての端末からサインアウトします。",
    submit: "パスワードを設定する",
    done: "パスワードを再設定しました。すべての端末からサインアウトしましたので、新しいパスワードでサインインしてください。",
    noToken: "リンクが正しくありません。メールに記載されたリンクをもう一度開くか、最初からお手続きください。",
    again: "再設定のメールをもう一度送る",
  },
  links: {
    verifyEmail: {
      title: "メールアドレスの確認",
      lead: "下のボタンを押すと、メールアドレスの確認が完了します。",
      button: "メールアドレスを確認する",
      done: "メールアドレスを確認しました。お問い合わせの送信を含め、すべての機能をご利用いただけます。",
    },
    unlock: {
      title: "IDのロック解除",
      lead: "下のボタンを押すと、アカウントのロックを解除します。",
      button: "ロックを解除する",
      done: "ロックを解除しました。サインインできます。身に覚えのない失敗が続いていた場合は、パスワードの再設定をおすすめします。",
    },
    confirmFreeze: {
      title: "アカウントの凍結",
      lead: "下のボタンを押すと、アカウントの凍結が確定します。凍結中は、サインイン、取引、出金を含むすべての操作ができなくなります。",
      button: "アカウントを凍結する",
      done: "アカウントを凍結しました。すべての端末からサインアウトしています。",
    },
    confirmEmailChange: {
      title: "メールアドレスの変更",
      lead: "下のボタンを押すと、このメールアドレスへの変更が確定します。",
      button: "変更を確定する",
      done: "メールアドレスを変更しました。次回から新しいメールアドレスでサインインしてください。",
    },
    noToken: "リンクが正しくありません。メールに記載されたリンクをもう一度ご確認ください。",
    toSignIn: "サインインする",
    toAccount: "アカウントへ",
    home: "ヘルプセンターのトップへ",
  },
  freeze: {
    title: "アカウントの緊急凍結",
    lead: "不正アクセスや乗っ取りが心配なときは、すぐにアカウントを凍結してください。",
    effects: [
      "すべての端末とブラウザから、直ちにサインアウトします。",
      "凍結中は、サインイン、取引、出金を含むすべての操作ができなくなります。",
      "凍結の解除は、セキュリティチームがご本人確認を行ったうえで行います。",
    ],
    signedInTitle: "今すぐ凍結する",
    signedInLead: "サインイン中のため、確認メールを待たずにすぐ凍結できます。",
    understand: "凍結すると、ご本人確認が済むまでサインインできなくなることを理解しました",
    understandRequired: "内容をご確認のうえ、チェックを入れてください。",
    freezeNow: "今すぐ凍結する",
    signedOutTitle: "メールで凍結する",
    signedOutLead:
      "サインインできなくても凍結できます。ご登録のメールアドレスに確認のリンクをお送りしますので、開くとすぐに凍結されます。",
    emailLabel: "ご登録のメールアドレス",
    send: "確認メールを送る",
    sent: (email: string) =>
      `${email} がご登録のアドレスであれば、凍結を確定するためのリンクをお送りしました。リンクの有効期限は30分です。`,
    emailLost:
      "メールアドレスも乗っ取られたおそれがある場合は、サインインせずに送れる「ログインに関するお問い合わせ」から至急ご連絡ください。",
    frozenTitle: "アカウントを凍結しました",
    nextSteps: [
      "ほかのサービスで同じパスワードをお使いの場合は、そちらも変更してください。",
      "偽のサイトにパスワードやコードを入力した可能性がある場合は、警察のサイバー犯罪相談窓口へのご相談もご検討ください。",
      "凍結の解除や状況のご連絡は、サインインせずに送れる「ログインに関するお問い合わせ」からお送りください。",
    ],
    contact: "ログインに関するお問い合わせ",
  },
};

export type AuthText = typeof ja;

const en: AuthText = {
  fields: {
    email: "Email address",
    password: "Password",
    newPassword: "New password",
    fullName: "Full name",
    dateOfBirth: "Date of birth (optional)",
    totpCode: "Verification code (6 digits)",
    recoveryCode: "Recovery code",
  },
  hints: {
    newPassword:
      "At least 10 characters. No need to mix symbols or digits. Common passwords and ones containing your name or email address are refused.",
    fullName: "Used to confirm your identity: write it as on your ID document.",
    dateOfBirth: "Used to confirm your identity if you ever cannot sign in.",
    totpCode: "The 6 digits your authenticator app (Google Authenticator, etc.) shows.",
    recoveryCode:
      "One of the 10 codes you saved when you turned on two-factor authentication, not used before.",
  },
  staffNeverAsk: "Our staff never ask for your password or two-factor codes.",
  header: { signIn: "Sign in", signOut: "Sign out" },
  signIn: {
    title: "Sign in",
    lead: "Enter the email address and password of your account.",
    required: "Please sign in to see this page.",
    submit: "Sign in",
    submitting: "Checking…",
    secondFactorTitle: "Two-factor authentication",
    secondFactorLead: "Enter your two-factor authentication code.",
    verify: "Verify",
    useRecoveryCode: "Can't use your authenticator app? Use a recovery code",
    useAuthenticator: "Use a code from the authenticator app",
    lostDevice:
      "If you can use neither your authenticator app nor a recovery code, contact us about a two-factor problem. It works without signing in; we turn two-factor off once we have confirmed who you are.",
    lostDeviceLink: "Report a two-factor problem",
    startOver: "Start again with your email address",
    invalid: "The email address or password is not correct, or the account cannot sign in right now.",
    invalidHelp:
      "After several wrong attempts in a row, sign-in pauses for a while to protect the account, and the registered address gets instructions to unlock it.",
    secondFactorInvalid: "The code is not correct or has expired. Enter the latest code.",
    recoveryCodeInvalid: "This recovery code is not correct or has been used already.",
    codeRequired: "Enter the code.",
    rateLimited: "Too many sign-in attempts. Please wait about 15 minutes and try again.",
    failed: "We could not sign you in. Please try again later.",
    noScript: "Please turn on JavaScript to sign in.",
    forgotPassword: "Forgot your password?",
    signUp: "No account yet? Sign up",
    cannotSignIn: "Contact us if you cannot sign in",
    freeze: "Activity you don't recognize? Freeze your account now",
  },
  signUp: {
    title: "Sign up",
    lead: "Choose your email address and password. We then send you a confirmation email.",
    submit: "Sign up",
    doneTitle: "Check your email",
    done: (email: string) =>
      `We sent a confirmation email to ${email}. Open the link in it to confirm your address (it works for 24 hours).`,
    doneExisting:
      "If this address already has an account, it gets instructions to reset the password instead.",
    doneSpam: "If nothing arrives, please check your spam folder.",
    haveAccount: "Already have an account?",
  },
  forgot: {
    title: "Reset your password",
    lead: "Enter the email address of your account. We send you a link to set a new password.",
    submit: "Send the reset email",
    done: (email: string) =>
      `If ${email} has an account, we sent it instructions to reset the password. The link works for 30 minutes.`,
    doneNoMail: "If nothing arrives, check your spam folder, then contact us about a forgotten password.",
    contact: "Contact us about your password",
  },
  reset: {
    title: "Set a new password",
    lead: "Enter your new password. Setting it signs you out on every device.",
    submit: "Set the password",
    done: "Your password is set, and every device is signed out. Please sign in with the new password.",
    noToken: "This link is not valid. Open the link in the email again, or start over.",
    again: "Send another reset email",
  },
  links: {
    verifyEmail: {
      title: "Confirm your email address",
      lead: "Press the button below to confirm your email address.",
      button: "Confirm my email address",
      done: "Your email address is confirmed. You can now use every feature, including sending inquiries.",
    },
    unlock: {
      title: "Unlock your account",
      lead: "Press the button below to unlock your account.",
      button: "Unlock",
      done: "Your account is unlocked and you can sign in. If the failed attempts were not yours, we recommend resetting your password.",
    },
    confirmFreeze: {
      title: "Freeze your account",
      lead: "Press the button below to freeze your account. While frozen, nothing can be done with it: no sign-in, trading or withdrawals.",
      button: "Freeze my account",
      done: "Your account is frozen, and every device is signed out.",
    },
    confirmEmailChange: {
      title: "Change your email address",
      lead: "Press the button below to move your account to this email address.",
      button: "Confirm the change",
      done: "Your email address has changed. Sign in with the new address from now on.",
    },
    noToken: "This link is not valid. Please check the link in the email again.",
    toSignIn: "Sign in",
    toAccount: "Go to your account",
    home: "Help center home",
  },
  freeze: {
    title: "Emergency account freeze",
    lead: "If you fear someone else has access to your account, freeze it now.",
    effects: [
      "Every device and browser is signed out at once.",
      "While frozen, nothing can be done with the account: no sign-in, trading or withdrawals.",
      "Our security team lifts the freeze after confirming your identity.",
    ],
    signedInTitle: "Freeze now",
    signedInLead: "You are signed in, so the account freezes at once, without a confirmation email.",
    understand: "I understand that I cannot sign in until my identity has been confirmed",
    understandRequired: "Please read the above and tick the box.",
    freezeNow: "Freeze my account now",
    signedOutTitle: "Freeze by email",
    signedOutLead:
      "You can freeze the account without signing in: we email a confirmation link to the registered address, and opening it freezes the account at once.",
    emailLabel: "Registered email address",
    send: "Send the confirmation email",
    sent: (email: string) =>
      `If ${email} has an account, we sent it a link that confirms the freeze. The link works for 30 minutes.`,
    emailLost:
      "If your email account may be compromised too, contact us at once about a sign-in problem: it works without signing in.",
    frozenTitle: "Your account is frozen",
    nextSteps: [
      "If you use the same password elsewhere, change it there too.",
      "If you may have entered your password or codes on a fake site, consider reporting it to the police.",
      "To ask for the freeze to be lifted or tell us more, send a sign-in inquiry: it works without signing in.",
    ],
    contact: "Contact us about a sign-in problem",
  },
};

const texts: Record<Locale, AuthText> = { ja, en };

export function authText(locale: Locale): AuthText {
  return texts[locale];
}
