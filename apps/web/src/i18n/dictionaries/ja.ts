import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";

/** The portal's Japanese text: the source every other language follows. */
export const ja = {
  languageName: "日本語",
  common: {
    product: "ヘルプセンター",
    skipToContent: "本文へ移動",
    mainMenu: "メインメニュー",
    nav: {
      home: "ヘルプセンター",
      guide: "窓口案内",
      status: "稼働状況",
      announcements: "お知らせ",
      contact: "お問い合わせ",
      inquiries: "お問い合わせ履歴",
    },
    languageSwitch: "English",
    languageSwitchLabel: "English version of this page",
    breadcrumb: "パンくずリスト",
    home: "ホーム",
    footerNotice:
      "カスタマーサポート。当社の担当者がパスワード、二段階認証コード、秘密鍵をお伺いすることはございません。",
    updated: (date: string) => `最終更新日：${date}`,
    readMore: "続きを読む",
    articlesCount: (count: number) => `${count}件の記事`,
    anchorLabel: (heading: string) => `「${heading}」へのリンク`,
  },
  search: {
    label: "ヘルプセンターを検索",
    placeholder: "例：パスワードを忘れた、出金できない",
    submit: "検索",
    suggestions: "検索候補",
    title: "検索結果",
    resultsFor: (q: string) => `「${q}」の検索結果`,
    count: (n: number) => `${n}件見つかりました`,
    empty: "キーワードを入力して検索してください。",
    noResults: (q: string) => `「${q}」に一致する記事は見つかりませんでした。`,
    noResultsHint:
      "言葉を短くする、別の言い方を試すなどしてみてください。よく読まれている記事もご覧ください。",
    contactHint: "解決しない場合は、お問い合わせ窓口へご相談ください。",
    contactLink: "お問い合わせ窓口の案内を見る",
    previous: "前へ",
    next: "次へ",
    page: (n: number) => `${n}ページ目`,
  },
  home: {
    title: "どのようなことでお困りですか？",
    lead: "トラブルの種類を選ぶと、解決方法と担当の窓口をご案内します。多くのお困りごとは、お問い合わせの前にヘルプセンターで解決できます。",
    typesTitle: "トラブルの種類と担当窓口",
    window: "担当窓口",
    popular: "よく読まれている記事",
    recent: "最近更新された記事",
    guideLink: "困ったときの窓口案内を見る",
    announcements: "お知らせ",
    allAnnouncements: "お知らせ一覧",
    health: {
      checking: "サービスの状態を確認しています…",
      ok: "ヘルプセンターは正常に稼働しています。",
      down: "現在、一部の機能がご利用いただけません。時間をおいて再度お試しください。",
    },
    statusLink: "システムの稼働状況",
  },
  category: {
    articles: "この分類の記事",
    empty: "この分類にはまだ記事がありません。",
    window: "解決しない場合の担当窓口",
  },
  article: {
    toc: "目次",
    related: "関連する記事",
    fallbackNotice: "",
    category: "分類",
  },
  feedback: {
    question: "この記事は役に立ちましたか？",
    yes: "はい",
    no: "いいえ",
    thanks: "ご回答ありがとうございました。",
    reasonLabel: "解決しなかった点をお聞かせください（任意・個人情報は書かないでください）",
    reasonSubmit: "送信する",
    reasonThanks: "ご意見ありがとうございました。記事の改善に役立てます。",
    contactLead: "解決しない場合は、担当の窓口にお問い合わせください。",
    contactLink: "サポートに問い合わせる",
    rateLimited: "短時間に多くの回答をいただいたため、しばらくしてからお試しください。",
    failed: "送信できませんでした。時間をおいて再度お試しください。",
  },
  guide: {
    title: "困ったときの窓口案内",
    lead: "トラブルの種類ごとに、担当の窓口とお問い合わせの前にご用意いただく情報をご案内します。",
    toc: "トラブルの種類",
    window: "担当窓口",
    firstStep: "まずお試しください",
    prepare: "ご用意いただく情報",
    always:
      "すべてのお問い合わせで：何が・いつ起きたかの具体的な説明と、表示されたエラーメッセージ（そのまま）",
    articles: "関連する記事を見る",
    contact: "この内容で問い合わせる",
    urgent: "緊急",
    alwaysOpen: "24時間受付",
    tipsTitle: "お問い合わせの前のチェックリスト",
    tipsLead: "次の点を確認していただくと、担当窓口がすぐに調査を始められます。",
    channelsTitle: "サポート窓口の種類",
    channels: {
      helpCenter: {
        name: "ヘルプセンター",
        body: "よくある質問と解決方法を掲載しています。24時間いつでもご利用いただけます。",
      },
      form: {
        name: "お問い合わせフォーム",
        body: "メールでご回答します。ログインに関するトラブルは、ログインせずにお問い合わせいただけます。",
      },
      phone: {
        name: "電話サポート",
        body: (plans: string, phone: string, hours: string) =>
          `${plans}をご利用のお客様のみご利用いただけます。電話番号：${phone}（受付時間：${hours}）`,
        noPlans: "現在、電話サポートを提供しているプランはございません。",
      },
      status: {
        name: "システム稼働状況・お知らせ",
        body: "障害やメンテナンスの情報をリアルタイムでお知らせします。メールでの通知もお申し込みいただけます。",
      },
    },
    contactLink: "お問い合わせフォームへ",
  },
  status: {
    title: "システム稼働状況",
    lead: "各サービスの現在の状態と、障害・メンテナンスの情報です。",
    overall: {
      operational: "すべてのサービスが正常に稼働しています。",
      maintenance: "一部のサービスでメンテナンスを実施しています。",
      degraded: "一部のサービスに遅延が発生しています。",
      partial_outage: "一部のサービスで障害が発生しています。",
      major_outage: "重大な障害が発生しています。",
    },
    components: "サービスごとの状態",
    active: "発生中の障害・実施中のメンテナンス",
    upcoming: "予定されているメンテナンス",
    past: "過去90日間の障害・メンテナンス",
    noPast: "過去90日間に障害・メンテナンスはありませんでした。",
    affected: "影響するサービス",
    window: (from: string, to: string) => `予定時間：${from} 〜 ${to}`,
    incident: "障害",
    maintenance: "メンテナンス",
    checkedAt: (at: string) => `${at} 時点の情報です。`,
    feeds: "RSS・Atomで購読",
    rss: "RSSフィード",
    atom: "Atomフィード",
    subscribeTitle: "メールで通知を受け取る",
    subscribeLead:
      "障害やメンテナンスの情報が更新されたときに、メールでお知らせします。確認メールのリンクを開くと登録が完了します。",
    emailLabel: "メールアドレス",
    subscribe: "登録する",
    subscribed: "確認メールをお送りしました。メールに記載のリンクを開いて、登録を完了してください。",
    subscribeFailed: "登録できませんでした。メールアドレスをご確認ください。",
    subscribeRateLimited: "短時間に多くのお申し込みがあったため、しばらくしてからお試しください。",
    bannerTitle: "現在、次の障害・メンテナンスが発生しています",
    bannerLink: "稼働状況を見る",
    confirmTitle: "メール通知の登録",
    confirmLead: "下のボタンを押すと、障害・メンテナンス情報のメール通知の登録が完了します。",
    confirmButton: "登録を完了する",
    confirmed: "登録が完了しました。障害やメンテナンスの情報をメールでお知らせします。",
    confirmInvalid: "このリンクは無効か、有効期限が切れています。お手数ですが、もう一度お申し込みください。",
    unsubscribeTitle: "メール通知の解除",
    unsubscribeLead: "下のボタンを押すと、障害・メンテナンス情報のメール通知を解除します。",
    unsubscribeButton: "通知を解除する",
    unsubscribed: "メール通知を解除しました。ご利用ありがとうございました。",
    unsubscribeInvalid: "このリンクは無効か、すでに解除されています。",
    backToStatus: "稼働状況のページへ戻る",
    feedTitle: (brand: string) => `${brand} システム稼働状況`,
    feedDescription: "障害とメンテナンスの情報",
  },
  announcements: {
    title: "お知らせ",
    lead: "サービスに関する重要なお知らせです。",
    pinned: "重要",
    empty: "現在、お知らせはありません。",
    back: "お知らせ一覧へ戻る",
  },
  contact: {
    title: "お問い合わせ",
    lead: "お問い合わせフォームは準備中です。トラブルの種類ごとの担当窓口は次のとおりです。",
    selected: "選択中のトラブル",
    guideLink: "ご用意いただく情報は「困ったときの窓口案内」をご覧ください。",
  },
  notFound: {
    title: "ページが見つかりません",
    body: "お探しのページは移動または削除された可能性があります。",
    home: "ヘルプセンターのトップへ",
  },
  error: {
    title: "一時的に表示できません",
    body: "時間をおいて再度お試しください。",
    retry: "再読み込み",
  },
  metadata: {
    description: (brand: string) => `${brand}のよくある質問とお問い合わせ窓口のご案内です。`,
  },
};

export type Dictionary = typeof ja;

/** Per trouble type, for the guide and the home page. */
export interface TroubleGuideText {
  firstStep: string;
  prepare: string[];
  note?: string;
}

export const jaTroubleGuide: Record<TroubleType, TroubleGuideText> = {
  login: {
    firstStep:
      "パスワードの再設定やIDのロック解除は、ヘルプセンターの手順でご自身で行えます。解決しない場合はお問い合わせフォームからご連絡ください。",
    prepare: ["登録メールアドレス", "氏名", "生年月日"],
    note: "ログインできない場合でも、ログインせずにお問い合わせいただけます。",
  },
  trading: {
    firstStep: "注文や約定の状況を取引履歴でご確認のうえ、取引サポートへお問い合わせください。",
    prepare: ["取引ID（注文番号）", "取引日時", "取引金額・数量", "画面のスクリーンショット（あれば）"],
  },
  funds: {
    firstStep:
      "稼働状況のページで入出金の遅延が発生していないかご確認のうえ、入出金サポートへお問い合わせください。",
    prepare: [
      "入出金ID",
      "入出金の日時",
      "金額",
      "振込明細書や送金履歴のスクリーンショット（あれば）",
      "暗号資産の場合：トランザクションID（TXID）、ネットワーク、送金先アドレス",
    ],
    note: "ブロックチェーン上の送金は、送金先を間違えても取り消すことができません。送金前にアドレスとネットワークを必ずご確認ください。",
  },
  system: {
    firstStep:
      "まず稼働状況のページとお知らせで、障害やメンテナンスが発生していないかご確認ください。緊急の場合はお問い合わせフォームからご連絡ください。",
    prepare: [
      "発生した日時",
      "ご利用の環境（Webサイト・アプリ・API、端末やブラウザ）",
      "表示されたエラーメッセージ",
    ],
  },
  security: {
    firstStep:
      "不正アクセスや乗っ取りが疑われる場合は、すぐにパスワードを変更し、二段階認証を設定してください。そのうえで直ちにセキュリティチームへご連絡ください。被害がある場合は警察への届け出もご検討ください。",
    prepare: [
      "気づいた日時",
      "身に覚えのない操作やログインの内容",
      "届いた不審なメールやSMSの内容（あれば）",
    ],
    note: "当社がパスワード、二段階認証コード、秘密鍵をお伺いすることはございません。",
  },
  other: {
    firstStep:
      "まずヘルプセンターのよくある質問をご確認ください。解決しない場合はお問い合わせフォームからご連絡ください。",
    prepare: ["ご質問の内容（できるだけ具体的に）", "関係する画面や操作"],
  },
};

/** Section 3 of the guide, as a checklist: each tip and how the portal helps with it. */
export const jaTips: { tip: string; how: string }[] = [
  {
    tip: "正確な情報を提供する",
    how: "氏名、登録メールアドレス、取引ID、入出金IDなどを、画面や明細からそのまま書き写してください。",
  },
  {
    tip: "状況を具体的に説明する",
    how: "何をしたときに、いつ、何が起きたか。エラーメッセージが表示された場合は、その内容をそのままお書きください。",
  },
  {
    tip: "証拠となる資料を添付する",
    how: "スクリーンショット、銀行振込明細書、送金履歴など、状況がわかる資料をご用意ください。",
  },
  {
    tip: "お問い合わせ内容を整理する",
    how: "送信の前に、上の「ご用意いただく情報」がそろっているかご確認ください。簡潔に書いていただくと、回答が早くなります。",
  },
  {
    tip: "担当者の指示に従う",
    how: "担当窓口からのご案内に沿ってご対応ください。ただし、パスワードや二段階認証コードをお伝えいただく必要はございません。",
  },
];
