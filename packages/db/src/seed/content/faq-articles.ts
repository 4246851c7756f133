/**
 * Demo help-center content: FAQ categories and articles for the fictional, white-label
 * exchange used by the seed. The exchange is referred to as 「当社」 / "we" throughout; its
 * brand name, plans and contact details are configuration, never part of article text.
 *
 * Structure follows the guide in DOMAIN.md: one category per trouble type, and articles that
 * tell the customer what to check first, what to prepare, and which window to contact
 * (カスタマーサポート, 取引サポート, 入出金サポート, システム運用チーム, セキュリティチーム).
 *
 * `subtype`, where set, is a key of `subtypes` in @madoguchi/core (trouble/subtypes.ts).
 * Bodies are Markdown; links to other articles are relative (`/articles/<slug>`).
 */

export type TroubleTypeKey = "login" | "trading" | "funds" | "system" | "security" | "other";

export interface SeedArticleLocale {
  title: string;
  /** One sentence. */
  summary: string;
  /** Markdown. */
  body: string;
}

export interface SeedCategory {
  slug: string;
  troubleType: TroubleTypeKey;
  position: number;
  ja: { name: string; description: string };
  en: { name: string; description: string };
}

export interface SeedArticle {
  slug: string;
  /** SeedCategory.slug */
  category: string;
  troubleType: TroubleTypeKey;
  subtype?: string;
  /** 0-100, demo view weight. */
  popularity: number;
  tags: string[];
  ja: SeedArticleLocale;
  en?: SeedArticleLocale;
}

/** Strips the common leading indentation so bodies can be written indented in source. */
function md(text: string): string {
  const lines = text.replace(/^\n/, "").trimEnd().split("\n");
  const indents = lines
    .filter((line) => line.trim() !== "")
    .map((line) => line.length - line.trimStart().length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join("\n");
}

export const seedCategories: readonly SeedCategory[] = [
  {
    slug: "login-account",
    troubleType: "login",
    position: 1,
    ja: {
      name: "ログイン・アカウント",
      description:
        "パスワードの再設定、IDのロック、二段階認証、登録メールアドレスの変更など、ログインとアカウントに関するご案内です。",
    },
    en: {
      name: "Sign-in & account",
      description:
        "Password resets, locked IDs, two-factor authentication and changing your registered email address.",
    },
  },
  {
    slug: "trading",
    troubleType: "trading",
    position: 2,
    ja: {
      name: "取引",
      description:
        "注文が約定しない、注文の取り消し、取引履歴の確認、手数料など、取引に関するご案内です。解決しない場合は取引サポートが対応します。",
    },
    en: {
      name: "Trading",
      description:
        "Unfilled orders, cancellations, trade history and fees. Our trading support team helps if these articles do not solve it.",
    },
  },
  {
    slug: "deposits-withdrawals",
    troubleType: "funds",
    position: 3,
    ja: {
      name: "入出金",
      description:
        "日本円の入金・出金、暗号資産の入金・送金、TXIDの確認、上限額などのご案内です。解決しない場合は入出金サポートが対応します。",
    },
    en: {
      name: "Deposits & withdrawals",
      description:
        "JPY deposits and withdrawals, crypto deposits and transfers, TXIDs and limits. Our deposits & withdrawals team helps if you are stuck.",
    },
  },
  {
    slug: "system-status",
    troubleType: "system",
    position: 4,
    ja: {
      name: "システム・障害",
      description:
        "サイトやアプリにアクセスできない、APIの接続エラー、メンテナンスや障害情報の確認方法など、システムに関するご案内です。",
    },
    en: {
      name: "System & outages",
      description:
        "Site or app not working, API connection errors, maintenance and how to check the service status.",
    },
  },
  {
    slug: "security",
    troubleType: "security",
    position: 5,
    ja: {
      name: "セキュリティ",
      description:
        "不正ログイン、アカウントの乗っ取り、フィッシング詐欺、緊急凍結など。緊急時はセキュリティチームが優先して対応します。",
    },
    en: {
      name: "Security",
      description:
        "Unauthorized sign-ins, account takeover, phishing and emergency account freeze. Our security team handles these with priority.",
    },
  },
  {
    slug: "service-general",
    troubleType: "other",
    position: 6,
    ja: {
      name: "サービス・その他",
      description:
        "お問い合わせの方法、サポート窓口、電話サポート、解約、取引報告書など、サービス全般に関するご案内です。",
    },
    en: {
      name: "Service & other",
      description:
        "How to contact us, support channels, phone support, closing your account and trade reports.",
    },
  },
];

export const seedArticles: readonly SeedArticle[] = [
  // ---------------------------------------------------------------- login
  {
    slug: "reset-password",
    category: "login-account",
    troubleType: "login",
    subtype: "forgot_password",
    popularity: 98,
    tags: ["password", "login", "reset"],
    ja: {
      title: "パスワードを忘れた場合の再設定方法",
      summary:
        "パスワードを忘れてログインできないときに、ログイン画面からご自身で再設定する手順をご案内します。",
      body: md(`
        ## パスワードを忘れたときは
        パスワードは、ログイン画面の「パスワードをお忘れの方」からご自身で再設定できます。お問い合わせいただく必要はありません。

        ## パスワード再設定の手順
        1. ログイン画面で「パスワードをお忘れの方」を選びます。
        2. 登録メールアドレスを入力して送信します。
        3. メールで届いた確認コードを、画面に入力します。
        4. 新しいパスワードを設定します。他のサービスと同じパスワードは使わないでください。
        5. 二段階認証(2FA)を設定している場合は、認証コードを入力して完了です。

        ## メールが届かないとき
        - 迷惑メールフォルダや受信拒否の設定をご確認ください。
        - 数分待ってから再送信してください。短時間に何度も送信すると、一時的に受付が制限されます。
        - 登録メールアドレス自体が使えなくなった場合は、[登録メールアドレスを変更したい](/articles/change-email-address)をご覧ください。

        ## ご注意
        - お客様の資産を守るため、再設定後の一定時間は、日本円の出金と暗号資産の送金が制限されます。
        - 当社スタッフがパスワードをお尋ねすることはありません。
      `),
    },
    en: {
      title: "Forgot your password? How to reset it",
      summary:
        "If you forgot your password and cannot sign in, you can reset it yourself from the sign-in screen.",
      body: md(`
        ## Forgot your password?
        You can reset it yourself with "Forgot password?" on the sign-in screen. You do not need to contact us.

        ## Steps
        1. On the sign-in screen, select "Forgot password?".
        2. Enter your registered email address and submit.
        3. Enter the verification code we send you by email.
        4. Choose a new password. Do not reuse a password from another service.
        5. If two-factor authentication (2FA) is on, enter your authentication code to finish.

        ## If the email does not arrive
        - Check your spam folder and mail filters.
        - Wait a few minutes before requesting again; repeated requests are temporarily limited.
        - If you can no longer use your registered address, see [Changing your registered email address](/articles/change-email-address).

        ## Please note
        - To protect your assets, JPY withdrawals and crypto transfers are restricted for a while after a reset.
        - Our staff will never ask for your password.
      `),
    },
  },
  {
    slug: "account-locked",
    category: "login-account",
    troubleType: "login",
    subtype: "id_locked",
    popularity: 85,
    tags: ["login", "lock", "unlock"],
    ja: {
      title: "IDがロックされた・ロックを解除したい",
      summary:
        "パスワードや認証コードを続けて間違えてID(アカウント)がロックされたときの解除方法をご案内します。",
      body: md(`
        ## ロックされる主な理由
        - パスワードを一定回数続けて間違えた
        - 二段階認証のコードを一定回数続けて間違えた
        - 不審なアクセスを検知したため、当社がお客様の保護のためにロックした

        ## ロックを解除するには
        1. 入力ミスによるロックは、一定時間(目安30分)が経つと自動的に解除されます。
        2. すぐにログインしたい場合や、パスワードに自信がない場合は、[パスワードの再設定](/articles/reset-password)を行うとロックも解除されます。
        3. 認証コードの誤りが原因の場合は、スマートフォンの日付と時刻が「自動設定」になっているかご確認ください。

        ## 解除されない場合
        「当社によりロックされています」と表示される場合は、ログインせずに使えるお問い合わせフォームで「ログインに関するトラブル」を選んでご連絡ください。本人確認のため、登録メールアドレス・氏名・生年月日をお伺いします。

        ## ご注意
        再試行を繰り返すと、ロックの時間が延びることがあります。身に覚えのないロックが続く場合は、[不正ログインが疑われるとき](/articles/unauthorized-login)もご確認ください。
      `),
    },
    en: {
      title: "My ID is locked: how to unlock it",
      summary:
        "How to unlock your ID (account) after it was locked because of repeated wrong passwords or authentication codes.",
      body: md(`
        ## Why an ID gets locked
        - The password was entered wrongly several times in a row
        - The two-factor code was entered wrongly several times in a row
        - We detected suspicious access and locked the account to protect you

        ## How to unlock
        1. A lock caused by typing mistakes is lifted automatically after a while (about 30 minutes).
        2. To sign in right away, or if you are unsure of your password, [reset your password](/articles/reset-password); this also lifts the lock.
        3. If wrong authentication codes caused it, make sure your phone's date and time are set automatically.

        ## If it stays locked
        If the screen says the account was locked by us, contact us through the inquiry form, which works without signing in, and choose "Sign-in trouble". We will ask for your registered email address, full name and date of birth to confirm your identity.

        ## Please note
        Retrying again and again can extend the lock. If you keep getting locked without reason, also read [Suspected unauthorized sign-in](/articles/unauthorized-login).
      `),
    },
  },
  {
    slug: "lost-2fa-device",
    category: "login-account",
    troubleType: "login",
    subtype: "two_factor",
    popularity: 90,
    tags: ["2fa", "two-factor", "login", "device"],
    ja: {
      title: "二段階認証ができない・スマートフォンを紛失した",
      summary: "機種変更や端末の紛失で二段階認証(2FA)のコードを入力できないときの対処方法です。",
      body: md(`
        ## まず確認してください
        - 時刻のずれ:スマートフォンの日付と時刻を「自動設定」にしてから、新しいコードでお試しください。
        - 別の端末:以前の端末や、認証アプリのバックアップに当社のアカウントが残っていないかご確認ください。
        - リカバリーコード:設定時に控えたリカバリーコードがあれば、ログイン画面の「リカバリーコードを使う」から入力できます。

        ## それでもログインできない場合
        1. ログイン画面の「二段階認証ができない方」から、二段階認証のリセットを申請します。ログインは不要です。
        2. 登録メールアドレス・氏名・生年月日を入力し、本人確認書類と、書類を持ったご本人の写真を提出します。
        3. 当社で確認し、結果をメールでお知らせします。通常、数営業日かかります。
        4. リセット後は、ログインしてすぐに[二段階認証を設定](/articles/setup-2fa)し直してください。

        ## ご注意
        - アカウントを新しく作り直すことはできません。
        - 端末が盗まれた可能性がある場合は、先に[アカウントの緊急凍結](/articles/emergency-account-freeze)を申請してください。
        - 手続き中に、当社スタッフが認証コードやパスワードを尋ねることはありません。
      `),
    },
    en: {
      title: "Cannot complete two-factor authentication / lost phone",
      summary:
        "What to do when you cannot enter your two-factor (2FA) code because you changed or lost your phone.",
      body: md(`
        ## Check these first
        - Clock drift: set your phone's date and time to automatic, then try a fresh code.
        - Another device: check your old phone or your authenticator app's backup for our account.
        - Recovery codes: if you saved recovery codes during setup, use "Use a recovery code" on the sign-in screen.

        ## If you still cannot sign in
        1. Select "Can't use two-factor authentication?" on the sign-in screen to request a 2FA reset. No sign-in is needed.
        2. Enter your registered email address, full name and date of birth, then upload an ID document and a photo of yourself holding it.
        3. We review the request and email you the result, usually within a few business days.
        4. After the reset, sign in and [set up 2FA](/articles/setup-2fa) again right away.

        ## Please note
        - You cannot open a new account instead.
        - If your phone may have been stolen, first request an [emergency account freeze](/articles/emergency-account-freeze).
        - Our staff will never ask for your codes or password during this process.
      `),
    },
  },
  {
    slug: "setup-2fa",
    category: "login-account",
    troubleType: "login",
    subtype: "two_factor",
    popularity: 70,
    tags: ["2fa", "two-factor", "setup", "security"],
    ja: {
      title: "二段階認証(2FA)を設定する方法",
      summary: "認証アプリを使って二段階認証を設定し、ログインや出金・送金を保護する手順です。",
      body: md(`
        ## 二段階認証とは
        パスワードに加えて、スマートフォンの認証アプリに表示される6桁のコードでご本人を確認する仕組みです。パスワードが漏れても、不正ログインや不正な送金を防ぎやすくなります。

        ## 設定の手順
        1. スマートフォンに認証アプリ(Google Authenticator など)をインストールします。
        2. ログイン後、「設定」→「セキュリティ」→「二段階認証」を開きます。
        3. 画面に表示されたQRコードを、認証アプリで読み取ります。
        4. アプリに表示された6桁のコードを入力します。
        5. 表示されたリカバリーコードを紙に書き写すなどして、安全な場所に保管します。

        ## 設定後のポイント
        - ログイン、出金、送金、APIキーの作成のときに認証コードが必要になります。
        - 機種変更の前に、認証アプリの引き継ぎを済ませてください。古い端末を先に初期化すると、コードを表示できなくなります。
        - 認証コード、QRコード、リカバリーコードは誰にも教えないでください。当社スタッフが尋ねることもありません。
      `),
    },
    en: {
      title: "How to set up two-factor authentication (2FA)",
      summary:
        "How to turn on two-factor authentication with an authenticator app to protect sign-ins, withdrawals and transfers.",
      body: md(`
        ## What is two-factor authentication?
        Besides your password, you confirm it is you with a 6-digit code from an authenticator app on your phone. Even if your password leaks, this makes unauthorized sign-ins and transfers much harder.

        ## Steps
        1. Install an authenticator app (such as Google Authenticator) on your phone.
        2. Sign in and open Settings → Security → Two-factor authentication.
        3. Scan the QR code on the screen with the app.
        4. Enter the 6-digit code the app shows.
        5. Write down the recovery codes shown and keep them somewhere safe.

        ## After setup
        - Codes are required to sign in, withdraw, transfer crypto and create API keys.
        - Before changing phones, move your authenticator app to the new phone. If you wipe the old phone first, you lose your codes.
        - Never share codes, the QR code or recovery codes. Our staff will never ask for them.
      `),
    },
  },
  {
    slug: "change-email-address",
    category: "login-account",
    troubleType: "login",
    popularity: 55,
    tags: ["email", "account", "settings"],
    ja: {
      title: "登録メールアドレスを変更したい",
      summary:
        "登録メールアドレスの変更手順と、以前のメールアドレスが使えなくなった場合の対応をご案内します。",
      body: md(`
        ## ログインできる場合
        1. 「設定」→「アカウント」→「メールアドレスの変更」を開きます。
        2. 新しいメールアドレスを入力します。
        3. 新しいメールアドレスに届いた確認コードを入力します。
        4. 二段階認証のコードを入力して完了です。変更のお知らせは、以前のメールアドレスにも届きます。

        ## ログインできず、以前のメールアドレスも使えない場合
        ログインせずに使えるお問い合わせフォームで「ログインに関するトラブル」を選び、メールアドレスの変更を希望する旨をご連絡ください。登録時の氏名・生年月日・以前のメールアドレスをお伺いし、本人確認書類の提出をお願いします。

        ## ご注意
        - 変更後の一定時間は、日本円の出金と暗号資産の送金が制限されます。
        - 身に覚えのない変更のお知らせが届いた場合は、すぐに[アカウントの緊急凍結](/articles/emergency-account-freeze)を申請してください。
      `),
    },
    en: {
      title: "Changing your registered email address",
      summary:
        "How to change your registered email address, and what to do if you can no longer use the old one.",
      body: md(`
        ## If you can sign in
        1. Open Settings → Account → Change email address.
        2. Enter your new email address.
        3. Enter the verification code sent to the new address.
        4. Enter your two-factor code to finish. We also notify your old address of the change.

        ## If you cannot sign in and the old address no longer works
        Use the inquiry form, which works without signing in, choose "Sign-in trouble" and tell us you want to change your email address. We will ask for your full name, date of birth and old address, and for an ID document.

        ## Please note
        - JPY withdrawals and crypto transfers are restricted for a while after the change.
        - If you get a change notice you did not expect, request an [emergency account freeze](/articles/emergency-account-freeze) at once.
      `),
    },
  },
  {
    slug: "cannot-log-in",
    category: "login-account",
    troubleType: "login",
    popularity: 95,
    tags: ["login", "sign-in", "troubleshooting"],
    ja: {
      title: "ログインできない・サインインできないときの確認事項",
      summary:
        "ログインできないときに、表示されるメッセージごとの対処方法と、ログインせずにお問い合わせする方法をまとめています。",
      body: md(`
        ## 表示されるメッセージごとの対処
        - 「メールアドレスまたはパスワードが正しくありません」:全角・半角や大文字・小文字をご確認のうえ、[パスワードを再設定](/articles/reset-password)してください。
        - 「アカウントがロックされています」:[IDがロックされた場合](/articles/account-locked)をご覧ください。
        - 「認証コードが正しくありません」:[二段階認証ができない場合](/articles/lost-2fa-device)をご覧ください。
        - 画面が開かない・読み込みが終わらない:[サイトにアクセスできない場合](/articles/site-unreachable)をご覧ください。

        ## 解決しないときのお問い合わせ
        ログインできない状態でも、ヘルプセンターのお問い合わせフォームからご連絡いただけます。「ログインに関するトラブル」を選び、次の情報をご用意ください。
        - 登録メールアドレス、氏名、生年月日
        - 表示されたエラーメッセージ(そのまま書き写すか、スクリーンショット)
        - 発生した日時と、お使いの端末・アプリまたはブラウザ

        ## ご注意
        ログインできないからといって、新しいアカウントを作らないでください。解決が遅れる原因になります。
      `),
    },
    en: {
      title: "Cannot sign in? Things to check",
      summary: "What to do for each sign-in error message, and how to contact us when you cannot sign in.",
      body: md(`
        ## By error message
        - "Incorrect email address or password": check letter case and input mode, then [reset your password](/articles/reset-password).
        - "Your account is locked": see [My ID is locked](/articles/account-locked).
        - "Invalid authentication code": see [Cannot complete two-factor authentication](/articles/lost-2fa-device).
        - The page does not open or keeps loading: see [Cannot reach the site](/articles/site-unreachable).

        ## Still stuck?
        The inquiry form in the help center works without signing in. Choose "Sign-in trouble" and have ready:
        - Your registered email address, full name and date of birth
        - The exact error message (copied as shown, or a screenshot)
        - When it happened and which device, app or browser you used

        ## Please note
        Do not open a new account because you cannot sign in; it only slows things down.
      `),
    },
  },
  {
    slug: "verification-email-not-received",
    category: "login-account",
    troubleType: "login",
    popularity: 50,
    tags: ["email", "verification", "login"],
    ja: {
      title: "確認コードのメールが届かない",
      summary: "ログインや登録、パスワード再設定の確認コードがメールで届かないときの確認事項です。",
      body: md(`
        ## 確認していただきたいこと
        1. 迷惑メールフォルダ、プロモーションタブ、ゴミ箱をご確認ください。
        2. 受信拒否やドメイン指定受信を設定している場合は、当社からのメールを受信できるよう設定してください。
        3. 入力した登録メールアドレスに誤りがないかご確認ください。
        4. メールボックスの容量がいっぱいになっていないかご確認ください。
        5. 5分ほど待ってから再送信してください。確認コードは、最後に送ったものだけが有効です。

        ## 当社からのメールについて
        当社からのメールには、ログイン用のリンクを記載していません。お問い合わせへの返信メールにも、受付番号とご確認方法のご案内のみを記載しています。リンクからログインを求めるメールは、[フィッシング詐欺](/articles/phishing-scams)の可能性があります。

        ## それでも届かない場合
        ログインせずに使えるお問い合わせフォームで「ログインに関するトラブル」を選び、登録メールアドレス・氏名・生年月日と、お使いのメールサービス名をお知らせください。
      `),
    },
  },

  // -------------------------------------------------------------- trading
  {
    slug: "order-not-filled",
    category: "trading",
    troubleType: "trading",
    subtype: "order_not_filled",
    popularity: 80,
    tags: ["order", "limit order", "fill"],
    ja: {
      title: "注文が約定しない",
      summary: "取引所で出した注文が約定しない(売買が成立しない)ときの主な原因と確認方法です。",
      body: md(`
        ## 主な原因
        - 指値が市場価格から離れている:買い注文は指定した価格以下、売り注文は指定した価格以上でなければ約定しません。
        - 取引量が少ない:相手となる注文が少ない銘柄では、約定まで時間がかかることがあります。
        - 一部だけ約定している:数量の一部だけが約定し、残りが未約定のまま残っている状態です。
        - 注文が受け付けられていない:残高不足や最小注文数量未満の場合、注文自体が成立していません。
        - [メンテナンス](/articles/scheduled-maintenance)中は、取引が停止します。

        ## 確認方法
        1. 「取引履歴」→「注文履歴」で、注文の状態(未約定・一部約定・約定済み・取消済み)を確認します。
        2. 板(オーダーブック)で、現在の価格と注文価格の差を確認します。
        3. すぐに売買したい場合は、[注文を取り消し](/articles/cancel-order)、価格を見直して注文し直してください。

        ## 取引サポートへのお問い合わせ
        原因がわからない場合は、お問い合わせフォームで「取引に関するトラブル」を選び、注文ID、注文日時、銘柄、価格・数量と、注文画面のスクリーンショットを添えてご連絡ください。
      `),
    },
    en: {
      title: "My order is not filled",
      summary: "Common reasons why an order on the exchange is not filled, and how to check it.",
      body: md(`
        ## Common reasons
        - Your limit price is away from the market: a buy fills only at or below your price, a sell only at or above it.
        - Low volume: pairs with few opposing orders can take a while to fill.
        - Partially filled: part of the quantity filled and the rest is still open.
        - The order was not accepted: with insufficient balance or below the minimum size, no order was placed.
        - Trading stops during [maintenance](/articles/scheduled-maintenance).

        ## How to check
        1. Open Trade history → Orders and check the status (open, partially filled, filled, cancelled).
        2. Compare your price with the current price on the order book.
        3. To trade now, [cancel the order](/articles/cancel-order), adjust the price and place it again.

        ## Contacting trading support
        If you cannot find the reason, use the inquiry form, choose "Trading trouble" and include the order ID, date and time, pair, price and quantity, plus a screenshot of the order screen.
      `),
    },
  },
  {
    slug: "cancel-order",
    category: "trading",
    troubleType: "trading",
    subtype: "cancellation",
    popularity: 60,
    tags: ["order", "cancel"],
    ja: {
      title: "注文を取り消す(キャンセルする)方法",
      summary: "未約定の注文を取り消す手順と、取り消せない場合の確認事項です。",
      body: md(`
        ## 取り消しの手順
        1. 「取引履歴」→「未約定の注文」を開きます。
        2. 取り消したい注文の「取消」を選びます。
        3. 確認画面で内容を確かめ、「取り消す」を選びます。
        4. 状態が「取消済み」になれば完了です。注文に使われていた残高は、利用可能な残高に戻ります。

        ## 取り消せない場合
        - 約定済みの部分は取り消せません。一部約定の注文を取り消すと、未約定の残りだけが取り消されます。約定した取引を元に戻すことはできません。
        - 相場が急に動いているときは、取り消しの処理より先に約定することがあります。
        - アクセスが集中していると、反映に時間がかかる場合があります。同じ操作を繰り返さず、画面を更新して状態をご確認ください。

        ## お問い合わせの前に
        取り消したはずの注文が約定したなど、結果に疑問がある場合は、注文ID、操作した日時(できれば秒まで)、表示されたメッセージを控えて、取引サポートへお問い合わせください。
      `),
    },
    en: {
      title: "How to cancel an order",
      summary: "How to cancel an open order, and what to check if it cannot be cancelled.",
      body: md(`
        ## Steps
        1. Open Trade history → Open orders.
        2. Select "Cancel" on the order.
        3. Check the details and confirm.
        4. When the status shows "Cancelled", the reserved balance is available again.

        ## If it cannot be cancelled
        - Filled parts cannot be cancelled. Cancelling a partially filled order cancels only the open remainder; a filled trade cannot be undone.
        - In fast markets an order can fill before the cancellation is processed.
        - Under heavy load updates can take a moment. Refresh and check the status instead of repeating the action.

        ## Before contacting us
        If the result looks wrong, for example an order filled after you cancelled it, note the order ID, the time you acted (to the second if possible) and any message shown, then contact trading support.
      `),
    },
  },
  {
    slug: "trade-history-mismatch",
    category: "trading",
    troubleType: "trading",
    subtype: "history_mismatch",
    popularity: 65,
    tags: ["history", "balance", "csv"],
    ja: {
      title: "取引履歴が合わない・残高が計算と違う",
      summary: "取引履歴や残高がご自身の記録と一致しないときの、よくある原因と確認手順です。",
      body: md(`
        ## よくある原因
        - 手数料:約定金額から取引手数料が差し引かれるため、受取額が想定より少なく見えることがあります。
        - 一部約定:1つの注文が複数回に分かれて約定し、履歴に複数行で表示されます。
        - 時刻:履歴は日本時間(JST)で表示されます。他の取引所や計算ツールと比べる際はご注意ください。
        - 端数:画面上の数値は端数を丸めて表示しています。正確な値はCSVでご確認ください。
        - 処理中の入出金:処理中の金額は、利用可能な残高に含まれません。

        ## 確認手順
        1. 「取引履歴」から、該当する期間の履歴をCSVでダウンロードします。
        2. 約定ごとの数量・価格・手数料を合計し、ご自身の記録と照らし合わせます。
        3. 同じ期間の入出金・送金の履歴も確認します。

        ## 取引サポートへのお問い合わせ
        それでも一致しない場合は、該当する取引ID、取引日時、金額と、ご自身の計算と当社の表示との差額を整理し、スクリーンショットやCSVを添えてお問い合わせください。
      `),
    },
    en: {
      title: "My trade history or balance does not match",
      summary:
        "Common reasons why your trade history or balance differs from your own records, and how to check.",
      body: md(`
        ## Common reasons
        - Fees: trading fees are deducted, so you may receive slightly less than expected.
        - Partial fills: one order can fill in several parts and appear on several lines.
        - Time zone: history is shown in Japan time (JST).
        - Rounding: the screen rounds figures; the CSV has exact values.
        - Pending deposits and withdrawals are not part of your available balance.

        ## How to check
        1. Download the history for the period as CSV from Trade history.
        2. Add up quantity, price and fee per fill and compare with your records.
        3. Check deposits, withdrawals and transfers for the same period.

        ## Contacting trading support
        If it still does not match, list the trade IDs, dates and times, amounts and the difference you found, and send them with screenshots or the CSV.
      `),
    },
  },
  {
    slug: "trading-fees",
    category: "trading",
    troubleType: "trading",
    popularity: 68,
    tags: ["fees", "spread", "maker", "taker"],
    ja: {
      title: "手数料について(取引・入出金・送金)",
      summary: "当社でかかる主な手数料の種類と、実際に支払った手数料の確認方法をご案内します。",
      body: md(`
        ## 主な手数料
        - 取引手数料:取引所での売買にかかります。板に並んだ注文が約定した場合(メイカー)と、板の注文に対して発注して約定した場合(テイカー)で料率が異なります。
        - 販売所のスプレッド:販売所では、購入価格と売却価格の差(スプレッド)が実質的なコストになります。
        - 日本円の入金:銀行振込の振込手数料はお客様のご負担です。
        - 日本円の出金手数料:出金1回ごとにかかります。
        - 暗号資産の送金手数料:銘柄とネットワークごとに異なり、ネットワークの混雑状況で変わることがあります。

        ## 料率の確認
        最新の料率は「手数料一覧」でご確認いただけます。変更する場合は、事前にお知らせでご案内します。

        ## 支払った手数料の確認
        取引ごとの手数料は「取引履歴」の詳細に、出金・送金の手数料はそれぞれの履歴の詳細に表示されます。1年間の合計は[取引報告書](/articles/trade-reports-for-tax)でも確認できます。
      `),
    },
    en: {
      title: "About fees (trading, deposits, withdrawals, transfers)",
      summary: "The main fees we charge and how to see the fees you actually paid.",
      body: md(`
        ## Main fees
        - Trading fee: charged on exchange trades, with different rates for maker orders (resting on the book) and taker orders (matching the book).
        - Spread on instant buy/sell: the difference between buy and sell prices is the effective cost.
        - JPY deposits: bank transfer charges are paid by you.
        - JPY withdrawal fee: charged per withdrawal.
        - Crypto transfer fee: differs by asset and network and can change with network congestion.

        ## Current rates
        See the fee schedule page. We announce changes in advance.

        ## Fees you paid
        Each trade's fee is in its Trade history details; withdrawal and transfer fees are in each history entry. Yearly totals are in your [trade reports](/articles/trade-reports-for-tax).
      `),
    },
  },
  {
    slug: "unexpected-fill-price",
    category: "trading",
    troubleType: "trading",
    popularity: 45,
    tags: ["market order", "slippage", "spread"],
    ja: {
      title: "想定と違う価格で約定した(成行注文・販売所)",
      summary: "成行注文や販売所で、画面に表示されていた価格と実際の約定価格が違うときの理由を説明します。",
      body: md(`
        ## 成行注文の場合
        成行注文は価格を指定せず、その時点で板にある注文と順番に約定します。数量が大きい場合や相場が急に動いている場合は、画面の価格より不利な価格で約定することがあります(スリッページ)。価格を重視する場合は、指値注文をご利用ください。

        ## 販売所の場合
        販売所では、購入価格と売却価格に差(スプレッド)があります。購入してすぐに売却すると、スプレッドの分だけ受取額が少なくなります。スプレッドは相場の状況によって変わります。

        ## 約定価格の確認
        1. 「取引履歴」から該当する取引を開きます。
        2. 約定価格・数量・手数料を確認します。
        3. 複数回に分かれて約定した場合は、平均約定価格もご確認ください。

        ## お問い合わせの前に
        約定した取引を取り消すことはできません。表示に誤りがあると思われる場合は、取引ID、取引日時、注文時の画面のスクリーンショットを添えて、取引サポートへお問い合わせください。
      `),
    },
  },

  // ---------------------------------------------------------------- funds
  {
    slug: "jpy-deposit-not-credited",
    category: "deposits-withdrawals",
    troubleType: "funds",
    subtype: "jpy_deposit_missing",
    popularity: 92,
    tags: ["jpy", "deposit", "bank transfer"],
    ja: {
      title: "日本円の入金が反映されない・遅れている",
      summary: "銀行振込で日本円を入金したのに残高に反映されないときの確認事項とお問い合わせ方法です。",
      body: md(`
        ## 反映までの目安
        銀行振込は、通常数十分〜翌営業日に反映されます。平日15時以降や土日祝日、年末年始の振込は、金融機関の処理の都合で翌営業日以降になることがあります。

        ## 確認していただきたいこと
        1. 振込先:「入出金」→「日本円の入金」に表示された口座に振り込みましたか。
        2. 振込名義:入金画面に表示された「お客様ID+ご登録の氏名」で振り込みましたか。名義が違うと自動で反映されません。
        3. ご本人名義:第三者名義の口座からの振込は受け付けられず、組戻し(返金)となります。
        4. 振込の完了:振込元の銀行の明細で、振込が完了しているかご確認ください。

        ## 入出金サポートへのお問い合わせ
        翌営業日を過ぎても反映されない場合は、お問い合わせフォームで「入出金に関するトラブル」を選び、次の情報をお知らせください。
        - 振込日時と金額
        - 振込元の金融機関名と振込名義
        - 振込明細書、またはネットバンキングの振込完了画面のスクリーンショット

        ## ご注意
        反映を待たずに同じ金額を振り込み直すと、確認と返金に時間がかかることがあります。
      `),
    },
    en: {
      title: "My JPY deposit has not been credited",
      summary:
        "What to check when a JPY bank transfer does not show up in your balance, and how to contact us.",
      body: md(`
        ## How long it takes
        Bank transfers are usually credited within tens of minutes to the next business day. Transfers after 15:00 on weekdays, on weekends, holidays or over New Year may arrive on a later business day.

        ## Please check
        1. Destination: did you pay into the account shown under Deposits & withdrawals → Deposit JPY?
        2. Sender name: did you use "customer ID + registered name" as shown? Other names are not credited automatically.
        3. Your own account: transfers from third-party accounts are not accepted and are returned.
        4. Completion: confirm on your bank statement that the transfer went through.

        ## Contacting deposits & withdrawals support
        If it is not credited after the next business day, use the inquiry form, choose "Deposit & withdrawal trouble" and include:
        - Date, time and amount of the transfer
        - Sending bank and sender name
        - The transfer slip or a screenshot of your online banking confirmation

        ## Please note
        Sending the same amount again while you wait can delay checking and refunds.
      `),
    },
  },
  {
    slug: "jpy-withdrawal-rejected",
    category: "deposits-withdrawals",
    troubleType: "funds",
    subtype: "jpy_withdrawal_refused",
    popularity: 88,
    tags: ["jpy", "withdrawal", "bank account"],
    ja: {
      title: "日本円の出金が拒否された・お金が引き出せない",
      summary: "日本円の出金が「拒否」になった、または出金を申請できないときの主な原因と対処方法です。",
      body: md(`
        ## 出金できない主な理由
        - 名義の不一致:出金先口座の名義は、ご登録の氏名と同じである必要があります。
        - 口座情報の誤り:支店番号・口座番号の誤りや解約済みの口座は、銀行から返却されます。
        - 本人確認が完了していない:本人確認が完了するまで出金できません。
        - 出金可能額の不足:出金手数料を含めた金額が出金可能額を超えています。未約定の注文に使われている分は出金できません。
        - 設定変更後の制限:パスワード・メールアドレス・二段階認証を変更した後の一定時間は、出金が制限されます。
        - [出金・送金の上限](/articles/withdrawal-limits)を超えている。

        ## 「拒否」になった場合
        銀行から返却された資金は、数営業日以内に日本円の残高に戻ります。出金先口座の情報を見直してから、改めて申請してください。

        ## 入出金サポートへのお問い合わせ
        理由がわからない場合は、出金ID、申請日時、金額、表示されたメッセージを添えてお問い合わせください。出金先口座のキャッシュカードや通帳の画像をお願いすることがあります。
      `),
    },
    en: {
      title: "My JPY withdrawal was refused / I cannot withdraw",
      summary: "Common reasons why a JPY withdrawal is refused or cannot be requested, and what to do.",
      body: md(`
        ## Common reasons
        - Name mismatch: the bank account must be in the same name as your registered name.
        - Wrong account details: wrong branch or account numbers, or a closed account, are returned by the bank.
        - Identity verification not completed: withdrawals open once it is done.
        - Not enough withdrawable funds: the amount plus fee exceeds what you can withdraw; funds reserved by open orders cannot be withdrawn.
        - Recent security changes: withdrawals are restricted for a while after changing your password, email or 2FA.
        - The amount exceeds your [withdrawal limits](/articles/withdrawal-limits).

        ## If it was refused
        Funds returned by the bank go back to your JPY balance within a few business days. Correct your bank details and request again.

        ## Contacting deposits & withdrawals support
        If the reason is unclear, send the withdrawal ID, request date and time, amount and the message shown. We may ask for an image of your bank card or passbook.
      `),
    },
  },
  {
    slug: "crypto-deposit-not-arriving",
    category: "deposits-withdrawals",
    troubleType: "funds",
    subtype: "crypto_deposit_missing",
    popularity: 84,
    tags: ["crypto", "deposit", "network", "txid"],
    ja: {
      title: "暗号資産の入金が届かない・反映されない",
      summary: "他の取引所やウォレットから送った暗号資産が、当社の口座に反映されないときの確認方法です。",
      body: md(`
        ## 反映までの目安
        暗号資産の入金は、ブロックチェーン上で所定の承認(コンファメーション)数に達した後に反映されます。通常は数分〜1時間程度ですが、ネットワークが混雑していると数時間かかることがあります。

        ## 確認していただきたいこと
        1. 送金元でTXIDを確認し、ブロックチェーンエクスプローラーで承認の状況を確認します。詳しくは[TXIDの確認方法](/articles/find-transaction-id)をご覧ください。
        2. 送金先アドレスが、当社の入金画面に表示されたアドレスと一致しているか確認します。
        3. ネットワーク(チェーン)が、入金画面で指定しているものと同じか確認します。
        4. 宛先タグ・メモが必要な銘柄では、正しく入力したか確認します。
        5. 当社で取り扱っていない銘柄やトークンを送っていないか確認します。

        ## 入出金サポートへのお問い合わせ
        承認済みなのに反映されない場合や、ネットワーク・タグを誤った場合は、銘柄、数量、送金日時、TXID、使用したネットワーク、送金先アドレスを添えてお問い合わせください。誤ったネットワークや取扱いのない銘柄の入金は、回収できない場合や、回収に時間と費用がかかる場合があります。
      `),
    },
    en: {
      title: "My crypto deposit has not arrived",
      summary:
        "What to check when crypto sent from another exchange or wallet does not show up in your account.",
      body: md(`
        ## How long it takes
        Crypto deposits are credited after the required number of blockchain confirmations, usually within a few minutes to about an hour; congested networks can take several hours.

        ## Please check
        1. Get the TXID from the sender and check confirmations on a block explorer. See [Finding a transaction ID](/articles/find-transaction-id).
        2. The destination address matches the one on our deposit screen.
        3. The network (chain) matches the one our deposit screen specifies.
        4. For assets that need a destination tag or memo, it was entered correctly.
        5. The asset or token is one we support.

        ## Contacting deposits & withdrawals support
        If it is confirmed but not credited, or you used the wrong network or tag, send the asset, amount, time sent, TXID, network and destination address. Deposits on a wrong network or of unsupported assets may be unrecoverable, or recovery may take time and cost a fee.
      `),
    },
  },
  {
    slug: "crypto-withdrawal-pending",
    category: "deposits-withdrawals",
    troubleType: "funds",
    subtype: "crypto_withdrawal_pending",
    popularity: 75,
    tags: ["crypto", "withdrawal", "transfer", "pending"],
    ja: {
      title: "暗号資産の送金が「処理中」のまま完了しない",
      summary: "暗号資産の送金(出金)申請が、審査中・処理中のまま進まないときの理由と対応です。",
      body: md(`
        ## 送金の流れ
        「申請受付」→「審査中」→「送金処理中」→「完了」の順に進みます。ブロックチェーンに送信されると、送金履歴にTXIDが表示されます。

        ## 時間がかかる主な理由
        - 審査:お客様の資産を守るため、送金の内容を当社で確認しています。金額や送金先によって時間がかかることがあります。
        - ネットワークの混雑:ブロックチェーンが混雑していると、承認まで時間がかかります。
        - 銘柄ごとのメンテナンス:一部の銘柄で送金を一時停止している場合は、お知らせでご案内しています。
        - 設定変更後の制限:パスワードや二段階認証の変更直後は、送金が保留されることがあります。

        ## 取り消しについて
        「申請受付」の間は、送金履歴から取り消せる場合があります。「送金処理中」以降は取り消せません。

        ## 入出金サポートへのお問い合わせ
        申請から24時間以上「審査中」のままの場合は、送金ID、申請日時、銘柄・数量、送金先アドレスを添えてお問い合わせください。同じ内容の送金を重ねて申請しないでください。
      `),
    },
    en: {
      title: "My crypto withdrawal is stuck in processing",
      summary: "Why a crypto withdrawal (transfer) can stay under review or in processing, and what to do.",
      body: md(`
        ## How a transfer progresses
        Requested → Under review → Processing → Completed. Once it is broadcast to the blockchain, the TXID appears in your transfer history.

        ## Common reasons for delays
        - Review: to protect your assets we check transfers; some amounts or destinations take longer.
        - Network congestion: confirmations take longer on a busy blockchain.
        - Asset maintenance: transfers of some assets may be paused; we announce this in our notices.
        - Recent security changes: transfers may be held right after changing your password or 2FA.

        ## Cancelling
        While a transfer is "Requested" you may be able to cancel it from the history. From "Processing" on it cannot be cancelled.

        ## Contacting deposits & withdrawals support
        If it has been under review for more than 24 hours, send the transfer ID, request time, asset and amount, and destination address. Please do not submit the same transfer again.
      `),
    },
  },
  {
    slug: "wrong-withdrawal-address",
    category: "deposits-withdrawals",
    troubleType: "funds",
    subtype: "wrong_address",
    popularity: 78,
    tags: ["crypto", "transfer", "wrong address", "network"],
    ja: {
      title: "送金先を間違えた(アドレス・ネットワークの誤り)",
      summary:
        "暗号資産を誤ったアドレスやネットワークに送金してしまったときに、できることとできないことを説明します。",
      body: md(`
        ## 最初にご理解いただきたいこと
        ブロックチェーン上で完了した送金は、取り消すことができず、当社が取り戻すこともできません。送金先のアドレスを管理しているのは送金先の事業者や個人であり、当社がその資金を動かすことはできないためです。

        ## 今すぐできること
        1. 送金履歴で状態を確認します。まだ「申請受付」であれば、すぐに取り消してください。
        2. 送金先が他の取引所のアドレスだった場合は、その取引所にTXIDを伝え、返還できるかご相談ください。
        3. 詐欺の被害に遭った場合は、警察に相談し、当社にもお問い合わせください。

        ## 当社で確認できること
        送金ID、TXID、送金日時、送金先アドレス、使用したネットワークをお知らせいただければ、入出金サポートが当社側の送金記録を確認します。ただし、資金の返還をお約束することはできません。

        ## 次回からの予防策
        - アドレスはコピー&ペーストし、先頭と末尾の数文字を目で確認する
        - よく使う送金先はアドレス帳に登録する
        - 初めての送金先には、少額でテスト送金してから本送金する
      `),
    },
    en: {
      title: "I sent crypto to the wrong address or network",
      summary: "What can and cannot be done after sending crypto to a wrong address or network.",
      body: md(`
        ## Please understand first
        A transfer completed on the blockchain cannot be reversed, and we cannot get it back. The destination address is controlled by whoever owns it, not by us.

        ## What you can do now
        1. Check the status in your transfer history. If it is still "Requested", cancel it immediately.
        2. If the destination belongs to another exchange, give them the TXID and ask whether they can return it.
        3. If you were scammed, report it to the police and let us know as well.

        ## What we can check
        Send us the transfer ID, TXID, time, destination address and network, and our deposits & withdrawals team will check our records. We cannot promise that funds will be returned.

        ## Next time
        - Copy and paste addresses and check the first and last few characters
        - Save frequent destinations in your address book
        - Send a small test amount to any new destination first
      `),
    },
  },
  {
    slug: "find-transaction-id",
    category: "deposits-withdrawals",
    troubleType: "funds",
    popularity: 58,
    tags: ["txid", "transaction hash", "blockchain"],
    ja: {
      title: "トランザクションID(TXID・ハッシュ)の確認方法",
      summary: "暗号資産の入金や送金を確認するためのTXID(トランザクションハッシュ)の調べ方です。",
      body: md(`
        ## TXIDとは
        ブロックチェーン上の取引ごとに付けられる識別番号で、「トランザクションハッシュ」とも呼ばれます。長い英数字の文字列で、ブロックチェーンエクスプローラーで検索すると、送金の状況や承認数を確認できます。

        ## 当社からの送金のTXID
        1. 「入出金」→「送金履歴」を開きます。
        2. 該当する送金を選び、詳細画面の「トランザクションID」をコピーします。
        3. 「審査中」の間は、まだブロックチェーンに送信されていないため表示されません。

        ## 当社への入金のTXID
        1. 反映済みの入金は、「入出金」→「入金履歴」の詳細に表示されます。
        2. 反映前の入金は、送金元(他の取引所やウォレット)の送金履歴でご確認ください。わからない場合は、送金元の事業者にお問い合わせください。

        ## お問い合わせの際は
        TXIDは途中で切れないよう、全体をそのまま貼り付けてください。なお、ブロックチェーンを経由しない送金には、TXIDがない場合があります。
      `),
    },
    en: {
      title: "Finding a transaction ID (TXID / hash)",
      summary: "How to find the TXID (transaction hash) of a crypto deposit or transfer.",
      body: md(`
        ## What is a TXID?
        A unique ID for each blockchain transaction, also called a transaction hash. Search it on a block explorer to see its status and confirmations.

        ## Transfers from us
        1. Open Deposits & withdrawals → Transfer history.
        2. Select the transfer and copy the transaction ID from its details.
        3. While it is under review it has not been broadcast yet, so there is no TXID.

        ## Deposits to us
        1. Credited deposits show the TXID in Deposits & withdrawals → Deposit history.
        2. For deposits not yet credited, check the sender's history (the other exchange or wallet), or ask that provider.

        ## When contacting us
        Paste the whole TXID so it is not cut off. Transfers that do not go through the blockchain may have no TXID.
      `),
    },
  },
  {
    slug: "withdrawal-limits",
    category: "deposits-withdrawals",
    troubleType: "funds",
    popularity: 52,
    tags: ["withdrawal", "limits", "transfer"],
    ja: {
      title: "出金・送金の上限額について",
      summary: "日本円の出金と暗号資産の送金にかかる上限額の種類と、確認・引き上げの方法です。",
      body: md(`
        ## 上限の種類
        - 1回あたりの上限
        - 1日あたりの上限(日本時間の0時にリセット)
        - 1か月あたりの上限

        上限額は、本人確認の状況やご利用状況によって、お客様ごとに異なります。

        ## 上限の確認方法
        「入出金」→「出金・送金の上限」で、現在の上限額と、本日すでに利用した金額を確認できます。

        ## 一時的に制限される場合
        次の操作の後は、お客様の資産を守るため、一定時間出金・送金が制限されることがあります。
        - パスワードの再設定・変更
        - 登録メールアドレスの変更
        - 二段階認証の再設定

        ## 上限を引き上げたい場合
        まとまった金額を引き出したい場合は、お問い合わせフォームで「入出金に関するトラブル」を選び、希望額と理由をお知らせください。確認のうえ、追加の書類をお願いすることがあります。ご希望に沿えない場合もありますので、あらかじめご了承ください。
      `),
    },
  },
  {
    slug: "missing-destination-tag",
    category: "deposits-withdrawals",
    troubleType: "funds",
    subtype: "crypto_deposit_missing",
    popularity: 38,
    tags: ["destination tag", "memo", "deposit"],
    ja: {
      title: "宛先タグ・メモを付け忘れた・間違えた",
      summary: "宛先タグ(メモ)が必要な銘柄で、タグを付け忘れたり間違えたりしたときの扱いを説明します。",
      body: md(`
        ## 宛先タグ(メモ)とは
        一部の銘柄では、アドレスに加えて「宛先タグ」や「メモ」でお客様を識別しています。タグがない、または間違っている入金は、自動では口座に反映されません。

        ## 入金でタグを付け忘れた・間違えた場合
        1. 送金元でTXIDを確認します。
        2. お問い合わせフォームで「入出金に関するトラブル」を選び、銘柄・数量・送金日時・TXID・送金元アドレスをお知らせください。
        3. 入出金サポートが調査し、お客様の入金と確認できた場合は反映します。通常の入金より時間がかかり、所定の手数料がかかる場合があります。

        ## 送金で相手先のタグを間違えた場合
        送金は完了しているため、当社で取り消すことはできません。送金先の取引所に、TXIDを添えてご相談ください。詳しくは[送金先を間違えた場合](/articles/wrong-withdrawal-address)をご覧ください。

        ## ご注意
        入金画面に表示されるアドレスとタグは、必ず両方をコピーしてお使いください。
      `),
    },
  },

  // --------------------------------------------------------------- system
  {
    slug: "site-unreachable",
    category: "system-status",
    troubleType: "system",
    subtype: "site_unreachable",
    popularity: 72,
    tags: ["access", "outage", "browser"],
    ja: {
      title: "サイトにアクセスできない・画面が表示されない",
      summary: "当社のサイトやアプリが開かない、読み込みが終わらないときの確認手順です。",
      body: md(`
        ## まず障害情報を確認してください
        ステータスページ、お知らせ、当社の公式Xで、障害やメンテナンスが起きていないかご確認ください。確認先は[障害・メンテナンス情報の確認方法](/articles/check-service-status)にまとめています。障害が起きている場合は、システム運用チームが復旧作業を行っていますので、復旧までお待ちください。

        ## お客様の環境で確認できること
        1. ブックマークまたは公式アプリからアクセスしているか確認します。検索結果の広告からはアクセスしないでください。
        2. ページを再読み込みし、ブラウザのキャッシュとCookieを削除します。
        3. 別のブラウザや端末で試します。
        4. Wi-Fiとモバイル回線を切り替えます。VPNやセキュリティソフトをお使いの場合は、設定もご確認ください。

        ## お問い合わせの際は
        障害情報がなく、それでも解決しない場合は、お問い合わせフォームで「システムに関するトラブル」を選び、発生日時、端末とOS、ブラウザまたはアプリのバージョン、表示されたエラーメッセージ(スクリーンショット)をお知らせください。
      `),
    },
    en: {
      title: "I cannot reach the site or the page does not load",
      summary: "What to check when our website or app does not open or keeps loading.",
      body: md(`
        ## Check for outages first
        Check the status page, our announcements and our official X account for outages or maintenance; see [How to check outage and maintenance information](/articles/check-service-status). During an outage our system operations team is already working on it, so please wait for recovery.

        ## What you can check on your side
        1. Use your bookmark or the official app. Do not go through ads in search results.
        2. Reload the page and clear the browser cache and cookies.
        3. Try another browser or device.
        4. Switch between Wi-Fi and mobile data. If you use a VPN or security software, check its settings.

        ## When contacting us
        If there is no outage and it still fails, use the inquiry form, choose "System trouble" and include the time, device and OS, browser or app version, and the exact error message (a screenshot helps).
      `),
    },
  },
  {
    slug: "app-errors",
    category: "system-status",
    troubleType: "system",
    subtype: "app_malfunction",
    popularity: 62,
    tags: ["app", "error", "smartphone"],
    ja: {
      title: "アプリが動かない・エラーが表示される",
      summary: "スマートフォンアプリが起動しない、途中で落ちる、エラーが表示されるときの対処方法です。",
      body: md(`
        ## 試していただきたいこと
        1. アプリを最新版にアップデートします。古いバージョンは使えなくなる場合があります。
        2. アプリを完全に終了してから、もう一度起動します。
        3. スマートフォンを再起動します。
        4. OSのバージョンが、アプリの対応バージョンかご確認ください。
        5. Wi-Fiとモバイル回線を切り替えます。
        6. 改善しない場合は、アプリを削除して再インストールします。

        ## 再インストールの前に
        - 登録メールアドレスとパスワードを確認しておいてください。
        - 二段階認証に使っている認証アプリは削除しないでください。認証コードを表示できなくなります。

        ## お問い合わせの際は
        [障害情報](/articles/check-service-status)を確認しても解決しない場合は、お問い合わせフォームで「システムに関するトラブル」を選び、次の情報をお知らせください。システム運用チームが確認します。
        - 表示されたとおりのエラーメッセージと、スクリーンショット
        - 発生日時と、エラーが出たときの操作
        - 端末の機種名、OSのバージョン、アプリのバージョン
      `),
    },
  },
  {
    slug: "api-connection-errors",
    category: "system-status",
    troubleType: "system",
    subtype: "api_error",
    popularity: 48,
    tags: ["api", "rate limit", "401", "429"],
    ja: {
      title: "APIに接続できない(401・403・429エラーなど)",
      summary: "取引APIがエラーを返すときに、ステータスコードごとに確認していただきたい点をまとめています。",
      body: md(`
        ## ステータスコード別の確認事項
        - 401 Unauthorized:APIキーまたは署名が正しくありません。署名の作り方、nonce(タイムスタンプ)が前回より大きいか、サーバーの時刻がずれていないかご確認ください。
        - 403 Forbidden:APIキーに必要な権限がないか、接続元のIPアドレスが許可されていません。
        - 429 Too Many Requests:リクエスト数の上限(レート制限)を超えています。Retry-Afterヘッダーの秒数だけ待ってから再試行してください。
        - 5xx:当社側の障害の可能性があります。ステータスページをご確認ください。

        ## レート制限を避けるには
        - 価格の取得には、繰り返しのリクエストではなくWebSocketの配信を使う
        - エラー時は、待ち時間を少しずつ延ばしながら再試行する
        - 1つのAPIキーを複数のプログラムで共有しない

        ## システム運用チームへのお問い合わせ
        お問い合わせフォームで「システムに関するトラブル」を選び、発生日時(秒まで)、エンドポイント、ステータスコード、エラーレスポンスの本文をお知らせください。APIシークレットは絶対に記載しないでください。漏えいのおそれがある場合は、[APIキーをすぐに削除](/articles/api-key-security)してください。
      `),
    },
    en: {
      title: "API connection errors (401, 403, 429 and others)",
      summary: "What to check for each HTTP status code when the trading API returns an error.",
      body: md(`
        ## By status code
        - 401 Unauthorized: the API key or signature is invalid. Check how you build the signature, that the nonce (timestamp) increases, and that your server clock is correct.
        - 403 Forbidden: the key lacks the needed permission, or your IP address is not allowed.
        - 429 Too Many Requests: you exceeded the rate limit. Wait for the seconds in the Retry-After header, then retry.
        - 5xx: possibly a problem on our side; check the status page.

        ## Avoiding rate limits
        - Use the WebSocket feed for prices instead of polling
        - Back off exponentially when retrying after errors
        - Do not share one API key across several programs

        ## Contacting system operations
        Use the inquiry form, choose "System trouble" and send the time (to the second), endpoint, status code and error response body. Never include your API secret. If it may have leaked, [delete the API key](/articles/api-key-security) immediately.
      `),
    },
  },
  {
    slug: "scheduled-maintenance",
    category: "system-status",
    troubleType: "system",
    popularity: 55,
    tags: ["maintenance", "announcement"],
    ja: {
      title: "定期メンテナンスについて",
      summary: "定期メンテナンスのお知らせ方法と、メンテナンス中に利用できない機能をご案内します。",
      body: md(`
        ## お知らせについて
        定期メンテナンスは、原則として事前に、サイト・アプリのお知らせ、ステータスページ、当社の公式Xでご案内します。緊急のメンテナンスは、事前のお知らせなく行うことがあります。

        ## メンテナンス中に停止する主な機能
        内容によって異なりますが、次の機能が停止することがあります。
        - ログイン、注文・取消などの取引
        - 日本円の出金、暗号資産の送金
        - 日本円・暗号資産の入金の反映

        ## 注文と入出金の扱い
        - メンテナンス前に出した注文を継続するか取り消すかは、お知らせでご案内します。
        - メンテナンス中に振り込んだ日本円や、送った暗号資産は、終了後に順次反映されます。
        - 終了予定時刻は延びることがあります。最新の状況はステータスページでご確認ください。

        ## お願い
        メンテナンス中の操作に関するお問い合わせは、終了後に状況をご確認のうえでお送りください。
      `),
    },
  },
  {
    slug: "check-service-status",
    category: "system-status",
    troubleType: "system",
    popularity: 50,
    tags: ["status", "outage", "announcement"],
    ja: {
      title: "障害・メンテナンス情報の確認方法",
      summary: "システム障害やメンテナンスの情報をどこで確認できるかをご案内します。",
      body: md(`
        ## 情報の確認先
        - ステータスページ:取引、入出金、APIなどの機能ごとに、現在の稼働状況を表示しています。
        - お知らせ:ヘルプセンター、サイト、アプリに、障害の発生・復旧と重要なお知らせを掲載します。
        - 当社の公式X(旧Twitter):障害やメンテナンスの情報をリアルタイムでお知らせします。

        ## 障害が起きたら
        1. ステータスページで、お使いの機能に障害が出ていないか確認します。
        2. 障害が出ている場合は、復旧までお待ちください。システム運用チームが原因の特定と復旧作業を行い、進捗をお知らせで更新します。
        3. 同じ内容のお問い合わせは不要です。ただし、資産に影響があるなど緊急性が高い場合は、お問い合わせフォームからご連絡ください。

        ## ご注意
        障害の情報を装った偽のアカウントやメッセージにご注意ください。補償や返金を理由に、ログインや送金を求めることはありません。
      `),
    },
  },

  // ------------------------------------------------------------- security
  {
    slug: "phishing-scams",
    category: "security",
    troubleType: "security",
    subtype: "phishing",
    popularity: 76,
    tags: ["phishing", "scam", "email", "sms"],
    ja: {
      title: "フィッシング詐欺にご注意ください",
      summary: "当社を装った偽のメール・SMS・サイトの見分け方と、情報を入力してしまったときの対処方法です。",
      body: md(`
        ## よくある手口
        - 「アカウントが停止されます」「不正ログインを検知しました」と不安をあおり、リンクからログインさせる
        - 検索結果の広告やSNSのメッセージから、本物そっくりの偽サイトに誘導する
        - サポート担当者を名乗り、認証コードやパスワードを聞き出す

        ## 見分けるポイント
        - 当社からのメールやSMSに、ログイン用のリンクを記載することはありません。
        - 当社のサイトには、ブックマークまたは公式アプリからアクセスしてください。
        - 当社スタッフが[パスワードや認証コードを尋ねることはありません](/articles/staff-never-ask-for-secrets)。

        ## 入力してしまった場合
        1. すぐに正規のサイトからパスワードを変更します。ログインできない場合は、[アカウントの緊急凍結](/articles/emergency-account-freeze)を申請してください。
        2. 二段階認証を設定し直し、APIキーを削除します。
        3. 同じパスワードを使っている他のサービスも変更します。
        4. お問い合わせフォームで「セキュリティに関するトラブル」を選び、受け取ったメールの内容や偽サイトのアドレスをお知らせください。
      `),
    },
    en: {
      title: "Beware of phishing",
      summary:
        "How to recognize fake emails, text messages and sites pretending to be us, and what to do if you entered your details.",
      body: md(`
        ## Common tricks
        - Scaring you ("your account will be suspended", "we detected an unauthorized sign-in") so you sign in through a link
        - Lookalike sites reached through search ads or social media messages
        - Someone claiming to be support who asks for codes or your password

        ## How to tell
        - Our emails and text messages never contain sign-in links.
        - Always reach our site from your bookmark or the official app.
        - Our staff [never ask for your password or codes](/articles/staff-never-ask-for-secrets).

        ## If you entered your details
        1. Change your password on the real site at once. If you cannot sign in, request an [emergency account freeze](/articles/emergency-account-freeze).
        2. Set up 2FA again and delete your API keys.
        3. Change the same password on other services.
        4. Use the inquiry form, choose "Security trouble" and tell us about the message and the fake site's address.
      `),
    },
  },
  {
    slug: "unauthorized-login",
    category: "security",
    troubleType: "security",
    subtype: "account_takeover",
    popularity: 82,
    tags: ["unauthorized access", "account takeover", "login"],
    ja: {
      title: "不正ログイン・アカウントの乗っ取りが疑われるとき",
      summary:
        "知らないログインの通知や、身に覚えのない取引・送金があるときに、すぐに行っていただきたい手順です。",
      body: md(`
        ## こんなときはすぐに対応してください
        - 知らないログインの通知が届いた
        - 身に覚えのない注文・出金・送金がある
        - パスワードやメールアドレスが勝手に変更された

        ## すぐに行っていただきたいこと
        1. ログインできない場合や資産が動いている場合は、まず[アカウントの緊急凍結](/articles/emergency-account-freeze)を申請します。
        2. ログインできる場合は、パスワードを変更し、[ログイン履歴](/articles/check-login-history)を確認します。
        3. 二段階認証を設定し直し、不要なAPIキーを削除します。
        4. 登録メールアドレスのメールサービスのパスワードも変更します。
        5. お問い合わせフォームで「セキュリティに関するトラブル」を選んでご連絡ください。セキュリティチームが優先して、アクセス経路の調査とアカウントの保護を行います。

        ## お問い合わせに書いていただきたいこと
        気づいた日時、身に覚えのない操作の内容(取引ID・送金IDなど)、届いた通知の内容。パスワードや認証コードは書かないでください。

        ## 警察への相談
        被害がある場合は、最寄りの警察署や都道府県警察のサイバー犯罪相談窓口への相談もご検討ください。
      `),
    },
    en: {
      title: "Suspected unauthorized sign-in or account takeover",
      summary:
        "What to do right away if you see an unknown sign-in, or trades or transfers you did not make.",
      body: md(`
        ## Act now if
        - You received a notice of a sign-in you do not recognize
        - There are orders, withdrawals or transfers you did not make
        - Your password or email address was changed without you

        ## Steps
        1. If you cannot sign in or assets are moving, first request an [emergency account freeze](/articles/emergency-account-freeze).
        2. If you can sign in, change your password and review your [sign-in history](/articles/check-login-history).
        3. Set up 2FA again and delete API keys you do not need.
        4. Change the password of your email account too.
        5. Use the inquiry form and choose "Security trouble". Our security team handles it with priority, investigates the access and protects your account.

        ## What to include
        When you noticed it, the actions you did not make (trade or transfer IDs) and the notices you received. Do not include passwords or codes.

        ## Police
        If you suffered losses, consider reporting to the police, including the prefectural police cybercrime desk.
      `),
    },
  },
  {
    slug: "emergency-account-freeze",
    category: "security",
    troubleType: "security",
    subtype: "account_takeover",
    popularity: 66,
    tags: ["freeze", "emergency", "account takeover"],
    ja: {
      title: "アカウントを緊急凍結したい(ログイン不要)",
      summary: "乗っ取りや端末の盗難が疑われるときに、ログインせずにアカウントの緊急凍結を申請する方法です。",
      body: md(`
        ## 緊急凍結とは
        ログイン、取引、日本円の出金、暗号資産の送金を一時的にすべて停止し、第三者による操作を防ぐ措置です。ログインできない状態でも、24時間いつでも申請できます。

        ## こんなときにご利用ください
        - 知らないログインや、身に覚えのない送金の通知が届いた
        - パスワードや認証コードを偽サイトに入力してしまった
        - 二段階認証に使っているスマートフォンをなくした・盗まれた

        ## 申請の手順
        1. ヘルプセンターの「アカウントを緊急凍結する」を選びます。
        2. 登録メールアドレスを入力します。わかる範囲で、氏名・生年月日もご入力ください。
        3. 送信すると、セキュリティチームへの緊急のお問い合わせとして受け付けられ、受付番号が表示されます。
        4. セキュリティチームが内容を確認し、速やかにアカウントを凍結します。受付番号を控えて、当社からの連絡をお待ちください。

        ## 凍結の解除
        解除には本人確認が必要です。パスワードの変更と二段階認証の再設定をしていただいたうえで解除します。なお、凍結より前にブロックチェーン上で完了した送金は取り消せません。
      `),
    },
    en: {
      title: "Emergency account freeze (no sign-in needed)",
      summary:
        "How to request an emergency freeze of your account without signing in when you suspect a takeover or your phone was stolen.",
      body: md(`
        ## What a freeze does
        It temporarily stops sign-ins, trading, JPY withdrawals and crypto transfers so nobody else can act on your account. You can request it 24/7, even if you cannot sign in.

        ## Use it when
        - You were notified of a sign-in or transfer you did not make
        - You entered your password or a code on a fake site
        - You lost the phone you use for 2FA, or it was stolen

        ## Steps
        1. Select "Freeze my account" in the help center.
        2. Enter your registered email address, and your full name and date of birth if you can.
        3. Submit. It reaches our security team as an urgent inquiry and you see a ticket number.
        4. The security team checks the request and freezes the account promptly. Keep the ticket number and wait for our contact.

        ## Lifting the freeze
        We verify your identity, and you change your password and set up 2FA again before we lift it. Transfers completed on the blockchain before the freeze cannot be reversed.
      `),
    },
  },
  {
    slug: "staff-never-ask-for-secrets",
    category: "security",
    troubleType: "security",
    subtype: "phishing",
    popularity: 60,
    tags: ["impersonation", "password", "seed phrase", "scam"],
    ja: {
      title: "当社スタッフがパスワードや認証コードを尋ねることはありません",
      summary: "当社スタッフが決してお願いしない情報・操作と、スタッフを名乗る連絡を受けたときの対応です。",
      body: md(`
        ## 当社スタッフがお願いすることのない情報・操作
        お問い合わせへの返信、電話、SNSのいずれでも、当社スタッフが次のことをお願いすることはありません。
        - パスワード
        - 二段階認証の認証コード、リカバリーコード
        - シードフレーズ(復元フレーズ)、秘密鍵
        - APIシークレット
        - 遠隔操作アプリのインストールや画面共有
        - 「安全な口座」など、指定したアドレスや口座への送金

        ## スタッフを名乗る連絡を受けたら
        1. 返信や操作をせず、相手の連絡先やメッセージを控えます。
        2. 正規のヘルプセンターから、お問い合わせフォームで「セキュリティに関するトラブル」を選び、内容をお知らせください。
        3. すでに情報を伝えてしまった場合は、[不正ログインが疑われるとき](/articles/unauthorized-login)の手順をすぐに行ってください。

        ## お問い合わせの際のお願い
        本文や添付画像に、パスワードや認証コードを記載しないでください。万一記載された場合は、当社のシステムが自動的に伏せ字にします。
      `),
    },
    en: {
      title: "Our staff will never ask for your password or codes",
      summary:
        "What our staff will never ask of you, and what to do if someone claiming to be our staff contacts you.",
      body: md(`
        ## What our staff never ask for
        Not in replies, by phone or on social media, will our staff ever ask you for:
        - Your password
        - Two-factor codes or recovery codes
        - Your seed phrase (recovery phrase) or private keys
        - Your API secret
        - Installing remote-access apps or sharing your screen
        - Sending funds to a "safe account" or any address or account they name

        ## If someone claiming to be staff contacts you
        1. Do not reply or act; note their contact details and message.
        2. From the real help center, use the inquiry form, choose "Security trouble" and tell us what happened.
        3. If you already shared information, follow [Suspected unauthorized sign-in](/articles/unauthorized-login) right away.

        ## When you contact us
        Do not put passwords or codes in your message or attachments. If you do, our system masks them automatically.
      `),
    },
  },
  {
    slug: "api-key-security",
    category: "security",
    troubleType: "security",
    popularity: 35,
    tags: ["api", "api key", "security"],
    ja: {
      title: "APIキーを安全に管理する方法",
      summary: "取引APIをお使いのお客様向けに、APIキーの作成・保管・削除のポイントをまとめています。",
      body: md(`
        ## 作成のときのポイント
        1. 「設定」→「API」から、用途ごとにAPIキーを作成します。
        2. 権限は必要最小限にします。自動売買だけに使う場合は、出金・送金の権限を付けないでください。
        3. 接続元のIPアドレスを制限します。
        4. APIシークレットは作成時にしか表示されません。パスワード管理ツールなど、安全な場所に保管してください。

        ## やってはいけないこと
        - APIシークレットをプログラムに直接書き込み、公開の場所に置く
        - 他人や外部のツール業者にAPIシークレットを渡す
        - お問い合わせの本文にAPIシークレットを記載する

        ## 漏えいが疑われるとき
        1. 該当するAPIキーをすぐに削除します。削除した時点で使えなくなります。
        2. 身に覚えのない注文や送金がないか、履歴を確認します。
        3. 不審な取引があった場合は、お問い合わせフォームで「セキュリティに関するトラブル」を選び、セキュリティチームにご連絡ください。
      `),
    },
  },
  {
    slug: "check-login-history",
    category: "security",
    troubleType: "security",
    subtype: "unauthorized_access",
    popularity: 46,
    tags: ["login history", "unauthorized access", "notification"],
    ja: {
      title: "ログイン履歴を確認する(知らないログインの通知が届いた)",
      summary: "ログイン履歴の確認方法と、身に覚えのないログインがあったときの対応です。",
      body: md(`
        ## ログイン履歴の確認方法
        1. 「設定」→「セキュリティ」→「ログイン履歴」を開きます。
        2. 日時、端末・ブラウザ、おおよその地域、IPアドレスを確認します。

        新しい端末からログインがあると、登録メールアドレスにお知らせが届きます。

        ## 判断するときのポイント
        - 地域は、通信事業者によって実際と違う場所が表示されることがあります。モバイル回線やVPNをお使いの場合はご注意ください。
        - アプリとブラウザは、別の端末として記録されます。

        ## 身に覚えのないログインがあったら
        1. すぐにパスワードを変更します。
        2. 二段階認証を設定し直し、すべての端末からログアウトします。
        3. 不要なAPIキーを削除します。
        4. お問い合わせフォームで「セキュリティに関するトラブル」を選び、該当するログインの日時をお知らせください。

        送金などの被害がある場合や、ログインできない場合は、先に[アカウントの緊急凍結](/articles/emergency-account-freeze)を申請してください。
      `),
    },
  },

  // ---------------------------------------------------------------- other
  {
    slug: "how-to-write-inquiry",
    category: "service-general",
    troubleType: "other",
    subtype: "how_to",
    popularity: 64,
    tags: ["inquiry", "support", "tips"],
    ja: {
      title: "お問い合わせのコツ(早く解決するために)",
      summary: "お問い合わせをスムーズに解決するために、送信前に確認していただきたい5つのポイントです。",
      body: md(`
        ## 1. 正確な情報をお知らせください
        氏名、登録メールアドレス、取引ID、入出金IDなど、ご本人と該当する取引を確認できる情報を正確にご記入ください。

        ## 2. 状況を具体的にご説明ください
        「いつ」「何をしたら」「どうなったか」を書いてください。エラーメッセージは、表示されたとおりに書き写すか、スクリーンショットを添付してください。
        例:「6月3日14時10分ごろ、アプリで日本円の出金を申請したところ『出金先口座を確認してください』と表示されました」

        ## 3. 証拠となる資料を添付してください
        スクリーンショット、振込明細書、送金履歴、TXIDなどがあると、確認が早くなります。

        ## 4. 内容を整理してからお送りください
        1つのお問い合わせには1つのご用件を、簡潔にまとめてください。追加の情報は、新しく送らずに同じお問い合わせへ追記してください。

        ## 5. 担当者のご案内に沿ってご対応ください
        追加の資料や操作をお願いすることがあります。ただし、パスワードや認証コードを[お尋ねすることはありません](/articles/staff-never-ask-for-secrets)。
      `),
    },
    en: {
      title: "Tips for a quick answer to your inquiry",
      summary: "Five points to check before you send an inquiry so we can solve it quickly.",
      body: md(`
        ## 1. Give accurate information
        Enter your name, registered email address and any trade or deposit/withdrawal IDs exactly, so we can identify you and the transaction.

        ## 2. Describe the situation concretely
        Say when it happened, what you did and what happened. Copy error messages exactly as shown, or attach a screenshot.
        Example: "Around 14:10 on June 3, I requested a JPY withdrawal in the app and saw 'Please check your bank account details'."

        ## 3. Attach evidence
        Screenshots, bank transfer slips, transfer history and TXIDs help us check faster.

        ## 4. Organize before sending
        Keep to one topic per inquiry and be concise. Add new details to the same inquiry rather than opening a new one.

        ## 5. Follow the staff's instructions
        We may ask for documents or steps, but we [never ask for your password or codes](/articles/staff-never-ask-for-secrets).
      `),
    },
  },
  {
    slug: "phone-support",
    category: "service-general",
    troubleType: "other",
    subtype: "service_question",
    popularity: 44,
    tags: ["phone", "support", "plan"],
    ja: {
      title: "電話サポートについて(対象プラン)",
      summary: "電話サポートをご利用いただける対象のプランと、ご利用方法をご案内します。",
      body: md(`
        ## 電話サポートの対象
        電話サポートは、一部のプランをご契約のお客様のみご利用いただけます。対象かどうかは、ログイン後の「設定」→「ご契約プラン」でご確認ください。対象のお客様には、同じ画面に電話番号と受付時間を表示しています。

        ## 対象外のお客様
        お問い合わせフォームをご利用ください。24時間受け付け、順次回答しています。不正ログインなどの緊急時は、プランにかかわらず[アカウントの緊急凍結](/articles/emergency-account-freeze)を24時間いつでも申請できます。

        ## お電話の前にご用意いただくもの
        - 本人確認のための登録メールアドレス、氏名、生年月日
        - 取引ID・入出金IDなど、ご用件に関係する番号
        - エラーメッセージなど、状況のメモ

        ## ご注意
        お電話でも、パスワードや認証コードをお尋ねすることはありません。当社から突然お電話して、送金や認証コードの入力をお願いすることもありません。
      `),
    },
    en: {
      title: "Phone support (eligible plans)",
      summary: "Which plans include phone support and how to use it.",
      body: md(`
        ## Who can use phone support
        Phone support is available only on some plans. Check Settings → Your plan after signing in; if you are eligible, the phone number and hours are shown there.

        ## If your plan does not include it
        Use the inquiry form; it accepts inquiries 24/7 and we answer in order. In an emergency such as an unauthorized sign-in, anyone can request an [emergency account freeze](/articles/emergency-account-freeze) at any time.

        ## Have ready before calling
        - Your registered email address, full name and date of birth for identification
        - Trade or deposit/withdrawal IDs related to your question
        - Notes on the situation, such as error messages

        ## Please note
        We never ask for your password or codes by phone, and we never call out of the blue asking you to transfer funds or enter a code.
      `),
    },
  },
  {
    slug: "support-channels-hours",
    category: "service-general",
    troubleType: "other",
    subtype: "service_question",
    popularity: 58,
    tags: ["support", "contact", "hours"],
    ja: {
      title: "サポート窓口と受付時間",
      summary:
        "ヘルプセンター、お問い合わせフォーム、電話サポート、お知らせなど、当社のサポート窓口の使い分けをご案内します。",
      body: md(`
        ## 窓口の一覧
        - ヘルプセンター:よくある質問を24時間ご覧いただけます。まずはキーワードで検索してください。
        - お問い合わせフォーム:24時間受け付けています。回答は受付順に、営業時間内に担当窓口からお送りします。ログインできない場合も使えます。
        - 電話サポート:[一部のプラン](/articles/phone-support)のお客様のみご利用いただけます。
        - ステータスページ・お知らせ・公式X:障害やメンテナンスの情報をお知らせします。

        ## お問い合わせの担当窓口
        フォームで選んだトラブルの種類に応じて、次の窓口が対応します。
        - ログイン・その他:カスタマーサポート
        - 取引:取引サポート
        - 入出金:入出金サポート
        - システム:システム運用チーム
        - セキュリティ:セキュリティチーム(24時間、優先して対応します)

        ## 回答までの目安
        内容や混雑状況により、数日かかることがあります。障害の発生時や相場の急変時は、回答が遅れる場合があります。
      `),
    },
    en: {
      title: "Support channels and hours",
      summary: "How to use our help center, inquiry form, phone support and announcements.",
      body: md(`
        ## Channels
        - Help center: FAQ articles, available 24/7. Start with a keyword search.
        - Inquiry form: open 24/7; the responsible team answers in order during business hours. It also works when you cannot sign in.
        - Phone support: [some plans](/articles/phone-support) only.
        - Status page, announcements and our official X account: outage and maintenance information.

        ## Who answers
        Depending on the trouble type you choose in the form:
        - Sign-in and other questions: customer support
        - Trading: trading support
        - Deposits & withdrawals: deposits & withdrawals support
        - System: system operations
        - Security: security team (24/7, with priority)

        ## Response times
        Answers can take a few days depending on the topic and volume, and longer during outages or sharp market moves.
      `),
    },
  },
  {
    slug: "delete-account",
    category: "service-general",
    troubleType: "other",
    subtype: "how_to",
    popularity: 30,
    tags: ["account", "closure", "delete"],
    ja: {
      title: "アカウントを削除(解約)したい",
      summary: "アカウントの削除(解約)の前に必要な準備と、手続きの流れをご案内します。",
      body: md(`
        ## 解約の前にご準備いただくこと
        1. 未約定の注文をすべて取り消します。
        2. 暗号資産は、売却するか、他のウォレットや取引所へ送金します。
        3. 日本円の残高をすべて出金します。出金手数料に満たない残高の扱いは、手続きの中でご案内します。
        4. 必要な[取引報告書](/articles/trade-reports-for-tax)をダウンロードして保存します。解約後はログインできなくなります。

        ## 手続きの流れ
        1. ログイン後、「設定」→「アカウント」→「解約手続き」を開きます。
        2. 画面の案内に沿って解約の理由を入力し、申請します。
        3. 残高や処理中の入出金がないことを当社で確認し、解約の完了をメールでお知らせします。

        ## ご注意
        - 解約後、同じ情報で再登録できるまでに一定の期間がかかる場合があります。
        - お客様の情報と取引の記録は、法令に基づき、解約後も一定期間保管します。
        - ログインできない場合は、お問い合わせフォームからご連絡ください。
      `),
    },
  },
  {
    slug: "trade-reports-for-tax",
    category: "service-general",
    troubleType: "other",
    subtype: "how_to",
    popularity: 54,
    tags: ["tax", "report", "annual report"],
    ja: {
      title: "取引報告書・年間取引報告書(確定申告用)のダウンロード",
      summary: "確定申告などに使える取引報告書と年間取引報告書の確認・ダウンロード方法です。",
      body: md(`
        ## 書類の種類
        - 取引報告書:取引が成立するごとに作成される書類で、取引の内容を確認できます。
        - 年間取引報告書:1月1日〜12月31日の1年間の売買・入出金など、損益の計算に必要な情報をまとめた書類です。前年分は例年1月ごろから確認できます。発行の時期はお知らせでご案内します。

        ## ダウンロード方法
        1. ログイン後、「取引履歴」→「報告書」を開きます。
        2. 書類の種類と対象期間を選びます。
        3. 「ダウンロード」を選ぶと、PDFまたはCSVで保存できます。

        ## よくあるご質問
        - 年間取引報告書には、他の取引所やウォレットでの取引は含まれません。
        - 税金の計算方法や確定申告については、当社からはお答えできません。税務署または税理士にご相談ください。
        - 記載内容に誤りがあると思われる場合は、該当する取引IDと期間を添えて、取引サポートへお問い合わせください。
      `),
    },
  },
  {
    slug: "inquiry-status-and-replies",
    category: "service-general",
    troubleType: "other",
    subtype: "service_question",
    popularity: 40,
    tags: ["inquiry", "ticket", "reply"],
    ja: {
      title: "お問い合わせの返信が来ない・状況を確認したい",
      summary: "送信したお問い合わせの受付と返信の確認方法、返信が届かないときの対処です。",
      body: md(`
        ## 受付の確認
        お問い合わせを送信すると、画面に受付番号が表示され、受付完了のメールが届きます。追加でご連絡いただく際は、受付番号をお知らせください。

        ## 返信の確認方法
        返信のお知らせメールには、受付番号とご確認方法のご案内のみを記載しており、ログイン用のリンクは記載していません。ご自身でヘルプセンターを開き、「お問い合わせ履歴」から回答をご確認ください。

        ## 返信が届かないとき
        1. 迷惑メールフォルダを確認します。
        2. 数日経っても回答がない場合は、新しいお問い合わせを作らず、同じお問い合わせに追記してください。新しく作ると、かえって回答が遅れることがあります。
        3. 受付完了のメールも届いていない場合は、送信が完了していない可能性があります。もう一度お送りください。

        ## 回答にご納得いただけない場合
        [ご意見・苦情の受付について](/articles/complaints-and-feedback)をご覧ください。
      `),
    },
  },
  {
    slug: "complaints-and-feedback",
    category: "service-general",
    troubleType: "other",
    subtype: "complaint",
    popularity: 25,
    tags: ["complaint", "feedback", "escalation"],
    ja: {
      title: "ご意見・苦情の受付について",
      summary: "当社のサービスや対応へのご意見・苦情の受付方法と、受付後の流れをご案内します。",
      body: md(`
        ## 受付方法
        お問い合わせフォームで「その他」→「ご意見・苦情」を選び、次の内容をご記入ください。
        - 対象となるお問い合わせの受付番号(ある場合)
        - 発生した日時と、具体的な内容
        - ご希望の対応

        ## 受付後の流れ
        1. 苦情として記録し、担当者が内容を確認します。
        2. 事実関係を調査し、対応の内容と結果をご連絡します。
        3. 解決するまで、苦情として管理します。

        ## 回答にご納得いただけない場合
        お問い合わせの画面から、再検討を依頼できます。責任者が改めて内容を確認し、ご連絡します。

        ## ご注意
        いただいたご意見は、サービスと対応の改善に役立てます。内容によっては、個別の回答を差し上げられない場合があります。
      `),
    },
  },
];
