import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";

export const seedComponents = [
  { key: "web", nameJa: "Webサイト", nameEn: "Website" },
  { key: "app", nameJa: "スマートフォンアプリ", nameEn: "Mobile app" },
  { key: "api", nameJa: "API", nameEn: "API" },
  { key: "trading", nameJa: "取引所・販売所", nameEn: "Trading" },
  { key: "jpy_deposit", nameJa: "日本円入金", nameEn: "JPY deposits" },
  { key: "jpy_withdrawal", nameJa: "日本円出金", nameEn: "JPY withdrawals" },
  { key: "crypto_transfer", nameJa: "暗号資産の入出金", nameEn: "Crypto deposits & withdrawals" },
] as const;

type Status = "new" | "open" | "waiting_on_customer" | "resolved" | "closed";
type Priority = "low" | "normal" | "high" | "urgent";

export interface SeedTicket {
  /** Sequence of the demo ticket within the seed year; numbers are Q-<year>-<sequence>. */
  sequence: number;
  customer: string | null;
  contactEmail: string;
  contactName?: string;
  troubleType: TroubleType;
  subtype: string;
  subject: string;
  status: Status;
  priority: Priority;
  assignee?: string;
  /** Days before the seed's reference time when the customer filed it. */
  ageDays: number;
  fields: Record<string, string>;
  conversation: readonly { from: "customer" | "staff" | "note"; body: string }[];
  csat?: number;
}

/** Demo tickets: every status, every window, one unauthenticated login-trouble inquiry. */
export const seedTickets: readonly SeedTicket[] = [
  {
    sequence: 1,
    customer: "hanako@example.jp",
    contactEmail: "hanako@example.jp",
    troubleType: "funds",
    subtype: "jpy_deposit_missing",
    subject: "銀行振込での入金が反映されません",
    status: "new",
    priority: "normal",
    ageDays: 0,
    fields: {
      transactionId: "DP-20261127-0042",
      occurredAt: "2026-11-27T10:15",
      amount: "50000",
      description: "昨日10時ごろ、ゆうちょ銀行から振り込みましたが、まだ残高に反映されていません。",
    },
    conversation: [
      {
        from: "customer",
        body: "昨日10時ごろに50,000円を振り込みましたが、まだ反映されていません。振込明細書を添付します。",
      },
    ],
  },
  {
    sequence: 2,
    customer: "taro@example.jp",
    contactEmail: "taro@example.jp",
    troubleType: "trading",
    subtype: "order_not_filled",
    subject: "指値注文が約定しません",
    status: "open",
    priority: "normal",
    assignee: "agent.trading@staff.example.jp",
    ageDays: 1,
    fields: {
      tradeId: "ORD-7731902",
      occurredAt: "2026-11-26T21:40",
      amount: "0.05",
      description: "BTCの指値注文が、価格に達したのに約定しませんでした。",
    },
    conversation: [
      { from: "customer", body: "指定した価格に達していたのに、BTCの指値注文が約定しませんでした。" },
      { from: "note", body: "板の履歴を確認中。該当時刻の約定価格は指値より0.1%上。" },
      {
        from: "staff",
        body: "お問い合わせありがとうございます。該当時刻の約定履歴を確認しておりますので、今しばらくお待ちください。",
      },
    ],
  },
  {
    sequence: 3,
    customer: "kenji@example.jp",
    contactEmail: "kenji@example.jp",
    troubleType: "funds",
    subtype: "crypto_withdrawal_pending",
    subject: "ETHの出金が完了しません",
    status: "waiting_on_customer",
    priority: "high",
    assignee: "agent.funds@staff.example.jp",
    ageDays: 2,
    fields: {
      transactionId: "WD-20261125-1187",
      occurredAt: "2026-11-25T08:05",
      amount: "1.2",
      currency: "ETH",
      txid: "0x5e1f4c2a9b7d3e8f6a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f",
      network: "Ethereum",
      address: "0x52908400098527886E0F7030069857D2E4169EE7",
      description: "出金申請から2日経っても完了しません。",
    },
    conversation: [
      { from: "customer", body: "出金申請から2日経っても「処理中」のままです。" },
      {
        from: "staff",
        body: "確認のため、出金先ウォレットの種類を教えていただけますでしょうか。パスワードや二段階認証コードをお伺いすることはございません。",
      },
    ],
  },
  {
    sequence: 4,
    customer: "hanako@example.jp",
    contactEmail: "hanako@example.jp",
    troubleType: "system",
    subtype: "app_malfunction",
    subject: "アプリが起動直後に終了します",
    status: "resolved",
    priority: "normal",
    assignee: "agent.system@staff.example.jp",
    ageDays: 6,
    fields: {
      component: "app",
      occurredAt: "2026-11-21T19:00",
      errorMessage: "予期しないエラーが発生しました (E-1003)",
      description: "アップデート後、アプリが起動直後に終了します。",
    },
    conversation: [
      { from: "customer", body: "アップデート後、アプリが起動直後に終了します。" },
      {
        from: "staff",
        body: "ご不便をおかけしております。最新版 3.2.1 で修正いたしましたので、アップデートをお試しください。",
      },
      { from: "customer", body: "アップデートしたら直りました。ありがとうございました。" },
    ],
    csat: 5,
  },
  {
    sequence: 5,
    customer: "alex@example.com",
    contactEmail: "alex@example.com",
    troubleType: "other",
    subtype: "how_to",
    subject: "How do I download my annual trade report?",
    status: "closed",
    priority: "low",
    assignee: "agent.general@staff.example.jp",
    ageDays: 20,
    fields: { description: "I need the annual trade report for my tax return." },
    conversation: [
      { from: "customer", body: "Where can I download the annual trade report for my tax return?" },
      {
        from: "staff",
        body: "You can download it from Account > Reports. The 2026 report is available from January 15.",
      },
    ],
    csat: 4,
  },
  {
    sequence: 6,
    customer: "taro@example.jp",
    contactEmail: "taro@example.jp",
    troubleType: "security",
    subtype: "unauthorized_access",
    subject: "身に覚えのないログイン通知が届きました",
    status: "open",
    priority: "urgent",
    assignee: "agent.security@staff.example.jp",
    ageDays: 0,
    fields: {
      occurredAt: "2026-11-28T02:13",
      description: "深夜に海外からのログイン通知が届きました。パスワードは変更済みです。",
    },
    conversation: [
      {
        from: "customer",
        body: "深夜に海外からのログイン通知が届きました。パスワードはすぐに変更しました。",
      },
      {
        from: "staff",
        body: "ご連絡ありがとうございます。念のためアカウントを一時的に凍結しました。二段階認証の設定もお願いいたします。",
      },
    ],
  },
  {
    sequence: 7,
    customer: null,
    contactEmail: "yuki.old@example.jp",
    contactName: "森 由紀",
    troubleType: "login",
    subtype: "two_factor",
    subject: "機種変更で二段階認証ができません",
    status: "new",
    priority: "normal",
    ageDays: 0,
    fields: {
      registeredEmail: "yuki.old@example.jp",
      fullName: "森 由紀",
      dateOfBirth: "1995-08-30",
      description:
        "スマートフォンを機種変更し、認証アプリのコードが使えなくなりました。リカバリーコードも見つかりません。",
    },
    conversation: [{ from: "customer", body: "機種変更で認証アプリが使えず、ログインできません。" }],
  },
  {
    sequence: 8,
    customer: "kenji@example.jp",
    contactEmail: "kenji@example.jp",
    troubleType: "funds",
    subtype: "wrong_address",
    subject: "送金先アドレスを間違えました",
    status: "resolved",
    priority: "high",
    assignee: "lead.funds@staff.example.jp",
    ageDays: 12,
    fields: {
      transactionId: "WD-20261115-0311",
      occurredAt: "2026-11-15T13:22",
      amount: "0.3",
      currency: "BTC",
      txid: "7d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e",
      network: "Bitcoin",
      address: "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
      description: "アドレスを1文字間違えて送金してしまいました。",
    },
    conversation: [
      { from: "customer", body: "送金先アドレスを間違えてしまいました。取り戻せますか。" },
      {
        from: "staff",
        body: "ブロックチェーン上の送金は取り消すことができません。送金先アドレスの管理者にご連絡いただく以外の方法はございません。",
      },
    ],
    csat: 3,
  },
];

export interface SeedIncident {
  key: string;
  kind: "incident" | "maintenance";
  status: "resolved" | "scheduled";
  titleJa: string;
  titleEn: string;
  components: readonly {
    key: string;
    state: "degraded" | "partial_outage" | "major_outage" | "maintenance";
  }[];
  /** Hours relative to the seed's reference time (negative: past). */
  startHours: number;
  endHours: number;
  updates: readonly {
    status: "investigating" | "identified" | "monitoring" | "resolved" | "scheduled";
    hours: number;
    bodyJa: string;
    bodyEn: string;
  }[];
}

export const seedIncidents: readonly SeedIncident[] = [
  {
    key: "jpy-deposit-delay",
    kind: "incident",
    status: "resolved",
    titleJa: "日本円入金（銀行振込）の反映遅延",
    titleEn: "Delayed JPY bank-transfer deposits",
    components: [{ key: "jpy_deposit", state: "degraded" }],
    startHours: -72,
    endHours: -69,
    updates: [
      {
        status: "investigating",
        hours: -72,
        bodyJa: "一部の銀行からの入金の反映が遅れています。原因を調査しております。",
        bodyEn: "Deposits from some banks are delayed. We are investigating.",
      },
      {
        status: "identified",
        hours: -71,
        bodyJa: "提携銀行側のシステム遅延が原因と特定しました。",
        bodyEn: "The cause is a delay at a partner bank.",
      },
      {
        status: "resolved",
        hours: -69,
        bodyJa: "遅延していた入金はすべて反映されました。ご迷惑をおかけし申し訳ございませんでした。",
        bodyEn: "All delayed deposits have been credited. We apologise for the inconvenience.",
      },
    ],
  },
  {
    key: "scheduled-maintenance",
    kind: "maintenance",
    status: "scheduled",
    titleJa: "定期メンテナンスのお知らせ（全サービス）",
    titleEn: "Scheduled maintenance (all services)",
    components: [
      { key: "web", state: "maintenance" },
      { key: "app", state: "maintenance" },
      { key: "trading", state: "maintenance" },
    ],
    startHours: 24 * 5,
    endHours: 24 * 5 + 3,
    updates: [
      {
        status: "scheduled",
        hours: -24,
        bodyJa: "システムメンテナンスのため、Webサイトとアプリの全サービスを一時停止いたします。",
        bodyEn: "All services on the website and app will be paused for system maintenance.",
      },
    ],
  },
];

export const seedAnnouncements = [
  {
    slug: "year-end-support-hours",
    titleJa: "年末年始のサポート対応時間について",
    titleEn: "Support hours over the New Year holidays",
    bodyJa:
      "12月29日から1月3日までは、お問い合わせへの回答にお時間をいただく場合がございます。セキュリティに関するお問い合わせは24時間受け付けております。",
    bodyEn:
      "From December 29 to January 3, replies may take longer. Security inquiries are handled around the clock.",
    pinned: true,
    ageDays: 3,
  },
  {
    slug: "phishing-warning",
    titleJa: "当社を装ったフィッシングメールにご注意ください",
    titleEn: "Beware of phishing emails impersonating us",
    bodyJa:
      "当社がメールやSMSでパスワード、二段階認証コード、秘密鍵をお伺いすることはございません。不審なメールのリンクは開かないでください。",
    bodyEn:
      "We never ask for your password, two-factor codes or private keys by email or SMS. Do not open links in suspicious emails.",
    pinned: false,
    ageDays: 10,
  },
] as const;
