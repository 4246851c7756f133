import type { Localized } from "@/i18n/localized";

/** Signing in, enrolling two-factor, accepting an invitation and unlocking an account. */
const ja = {
  signIn: {
    title: "サインイン",
    rateLimited:
      "サインインの試行が続いたため、一時的に受け付けを停止しています。しばらく待ってから、もう一度お試しください。",
    failed: "サインインできませんでした。もう一度お試しください。",
    lead: "担当者のメールアドレスとパスワードを入力してください。初めてのサインインでは、続けて二段階認証を設定します。",
    noScript: "サインインには JavaScript を有効にしてください。",
    help: "パスワードを忘れた場合やアカウントがロックされた場合は、管理者に連絡してください。担当者アカウントは管理者の招待でのみ作成されます。",
  },
  signInForm: {
    invalid: "メールアドレスまたはパスワードが正しくないか、現在サインインできない状態です。",
    invalidHelp:
      "続けて間違えると、一時的にサインインできなくなります。ロック中は管理者に解除を依頼してください。",
    codeInvalid: "コードが正しくないか、有効期限が切れています。最新のコードを入力してください。",
    recoveryInvalid: "リカバリーコードが正しくないか、すでに使用されています。",
    rateLimited:
      "サインインの試行が続いたため、一時的に受け付けを停止しています。15分ほど待ってから、もう一度お試しください。",
    failed: "サインインできませんでした。時間をおいて、もう一度お試しください。",
    emailRequired: "メールアドレスを入力してください。",
    passwordRequired: "パスワードを入力してください。",
    codeRequired: "コードを入力してください。",
    email: "メールアドレス",
    password: "パスワード",
    twoFactor: "二段階認証",
    totpCode: "確認コード（6桁）",
    totpHint: "認証アプリに表示されている6桁の数字を入力してください。",
    recoveryCode: "リカバリーコード",
    recoveryHint: "二段階認証の設定時に保存したコードのうち、未使用のものを1つ入力してください。",
    useRecovery: "認証アプリを使えない場合（リカバリーコードを使う）",
    useTotp: "認証アプリのコードを使う",
    noFactorHelp:
      "認証アプリもリカバリーコードも使えない場合は、管理者に二段階認証のリセットを依頼してください。",
    checking: "確認しています…",
    submit: "サインインする",
    confirm: "確認する",
    restart: "メールアドレスの入力からやり直す",
  },
  enroll: {
    title: "二段階認証の設定",
    alreadyDone: "二段階認証は設定済みです。",
    goToConsole: "管理コンソールへ進む",
    lead: "担当者アカウントでは二段階認証が必須です。設定が終わるまで、管理コンソールの機能はご利用いただけません。",
    done: "二段階認証を設定しました。",
    recoveryTitle: "リカバリーコード",
    recoveryLead:
      "認証アプリを使えなくなったときに、コードの代わりに1つずつ使えます。表示されるのは今回だけです。安全な場所に保管してください。",
    savedGoOn: "保管したので管理コンソールへ進む",
    step1:
      "1. 認証アプリ（Google Authenticator、Microsoft Authenticator など）で、次のQRコードを読み取ってください。",
    qrAlt: "二段階認証の設定用QRコード",
    manualLead: "QRコードを読み取れない場合は、次の設定キーを手入力してください。",
    manualKey: "設定キー",
    step2: "2. 認証アプリに表示された6桁のコードを入力してください。",
    code: "確認コード（6桁）",
    finish: "設定を完了する",
  },
  invite: {
    title: "担当者アカウントの有効化",
    badLink: "リンクが正しくありません。招待メールに記載されたリンクをもう一度ご確認ください。",
    done: "パスワードを設定しました。サインインすると、続けて二段階認証を設定します。",
    signIn: "サインインする",
    lead: "管理コンソールで使うパスワードを設定してください。",
    password: "新しいパスワード",
    passwordHint: "10文字以上。よく使われるものや、氏名・メールアドレスを含むものは使えません。",
    submit: "パスワードを設定する",
  },
  unlock: {
    title: "ロックの解除",
    badLink: "リンクが正しくありません。メールに記載されたリンクをもう一度ご確認ください。",
    done: "ロックを解除しました。サインインできます。身に覚えのない失敗が続いていた場合は、管理者に連絡してください。",
    signIn: "サインインする",
    lead: "下のボタンを押すと、担当者アカウントのロックを解除します。",
    submit: "ロックを解除する",
  },
};

export const accountText = {
  ja,
  en: {
    signIn: {
      title: "Sign in",
      rateLimited:
        "There have been many sign-in attempts, so sign-in is paused for now. Please wait a while and try again.",
      failed: "Could not sign in. Please try again.",
      lead: "Enter your staff email address and password. On your first sign-in you will then set up two-factor authentication.",
      noScript: "Please enable JavaScript to sign in.",
      help: "If you forgot your password or your account is locked, contact an administrator. Staff accounts are created only by an administrator's invitation.",
    },
    signInForm: {
      invalid: "The email address or password is incorrect, or the account cannot sign in right now.",
      invalidHelp:
        "After more failed attempts you will be unable to sign in for a while. If your account is locked, ask an administrator to unlock it.",
      codeInvalid: "The code is incorrect or has expired. Enter the latest code.",
      recoveryInvalid: "The recovery code is incorrect or has already been used.",
      rateLimited:
        "There have been many sign-in attempts, so sign-in is paused for now. Please wait about 15 minutes and try again.",
      failed: "Could not sign in. Please wait a moment and try again.",
      emailRequired: "Enter your email address.",
      passwordRequired: "Enter your password.",
      codeRequired: "Enter the code.",
      email: "Email address",
      password: "Password",
      twoFactor: "Two-factor authentication",
      totpCode: "Verification code (6 digits)",
      totpHint: "Enter the 6-digit number shown in your authenticator app.",
      recoveryCode: "Recovery code",
      recoveryHint: "Enter one unused code from those you saved when you set up two-factor authentication.",
      useRecovery: "Can't use your authenticator app? Use a recovery code",
      useTotp: "Use a code from the authenticator app",
      noFactorHelp:
        "If you can use neither the authenticator app nor a recovery code, ask an administrator to reset your two-factor authentication.",
      checking: "Checking…",
      submit: "Sign in",
      confirm: "Confirm",
      restart: "Start again from the email address",
    },
    enroll: {
      title: "Set up two-factor authentication",
      alreadyDone: "Two-factor authentication is already set up.",
      goToConsole: "Go to the staff console",
      lead: "Two-factor authentication is required for staff accounts. The console's features are unavailable until it is set up.",
      done: "Two-factor authentication is set up.",
      recoveryTitle: "Recovery codes",
      recoveryLead:
        "If you lose access to your authenticator app, each of these can be used once instead of a code. They are shown only this once. Keep them somewhere safe.",
      savedGoOn: "I have saved them. Go to the staff console",
      step1:
        "1. Scan this QR code with an authenticator app (Google Authenticator, Microsoft Authenticator, etc.).",
      qrAlt: "QR code for setting up two-factor authentication",
      manualLead: "If you cannot scan the QR code, enter this setup key by hand.",
      manualKey: "Setup key",
      step2: "2. Enter the 6-digit code shown in the authenticator app.",
      code: "Verification code (6 digits)",
      finish: "Finish setup",
    },
    invite: {
      title: "Activate your staff account",
      badLink: "This link is not valid. Please check the link in the invitation email again.",
      done: "Your password is set. When you sign in, you will then set up two-factor authentication.",
      signIn: "Sign in",
      lead: "Set the password you will use for the staff console.",
      password: "New password",
      passwordHint:
        "At least 10 characters. Common passwords and ones containing your name or email address cannot be used.",
      submit: "Set password",
    },
    unlock: {
      title: "Unlock your account",
      badLink: "This link is not valid. Please check the link in the email again.",
      done: "Your account is unlocked and you can sign in. If there were failed attempts you don't recognise, contact an administrator.",
      signIn: "Sign in",
      lead: "Press the button below to unlock your staff account.",
      submit: "Unlock account",
    },
  },
} satisfies Localized<typeof ja>;
