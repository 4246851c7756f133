import type { TeamKey } from "../team/teams";
import type { TicketStatus } from "../ticket/ticket-lifecycle";

/**
 * A canned reply. The console's macros live in the Macro table (edited in settings); this list
 * is what the demo seed writes there. The console inserts the body and fills `{{ticketNumber}}`
 * and `{{window}}`, the server fills `{{name}}` when the reply is sent.
 */
export interface Macro {
  key: string;
  /** The window whose agents see it; "all" for every window. */
  team: TeamKey | "all";
  title: string;
  body: string;
  /** What "send and set status" proposes with this macro. */
  status?: TicketStatus;
}

const signature = "\n\n{{window}}";

export const macros: readonly Macro[] = [
  {
    key: "thanks_investigating",
    team: "all",
    title: "受付・調査開始のご連絡",
    body: `{{name}}\n\nお問い合わせいただきありがとうございます。受付番号 {{ticketNumber}} にて承りました。\n現在、担当部署にて状況を確認しております。確認が取れ次第、あらためてご連絡いたします。${signature}`,
    status: "open",
  },
  {
    key: "need_more_info",
    team: "all",
    title: "追加情報のお願い",
    body: `{{name}}\n\nお問い合わせいただきありがとうございます（受付番号 {{ticketNumber}}）。\n確認のため、発生日時と表示されたエラーメッセージ（画面のスクリーンショットでも結構です）をお知らせください。\nなお、当社からパスワードや認証コードをお尋ねすることはございません。${signature}`,
    status: "waiting_on_customer",
  },
  {
    key: "resolved_confirm",
    team: "all",
    title: "解決のご報告",
    body: `{{name}}\n\nお待たせいたしました。受付番号 {{ticketNumber}} の件につきまして、対応が完了いたしました。\nご不明な点がございましたら、このお問い合わせにご返信ください。${signature}`,
    status: "resolved",
  },
  {
    key: "funds_deposit_slip",
    team: "funds",
    title: "振込明細のご提出のお願い",
    body: `{{name}}\n\n受付番号 {{ticketNumber}} のご入金の件について確認いたします。\nお手数ですが、お振込みの明細書（または振込履歴の画面）の画像を、このお問い合わせに添付してご返信ください。\n振込名義・金額・日時が確認できれば、反映状況を調査いたします。${signature}`,
    status: "waiting_on_customer",
  },
  {
    key: "funds_withdrawal_checking",
    team: "funds",
    title: "出金状況の確認中",
    body: `{{name}}\n\n受付番号 {{ticketNumber}} の出金について、ただいまブロックチェーン上の状況と当社の処理状況を確認しております。\n確認が取れ次第ご連絡いたしますので、今しばらくお待ちください。${signature}`,
    status: "open",
  },
  {
    key: "funds_wrong_address",
    team: "funds",
    title: "誤送金（アドレス誤り）のご案内",
    body: `{{name}}\n\n受付番号 {{ticketNumber}} の件についてご案内いたします。\nブロックチェーン上で完了した送金は、当社を含めどなたも取り消すことができません。送金先アドレスの管理者に心当たりがある場合は、その管理者へ直接ご相談ください。${signature}`,
    status: "resolved",
  },
  {
    key: "trading_history_check",
    team: "trading",
    title: "約定履歴の確認中",
    body: `{{name}}\n\n受付番号 {{ticketNumber}} のご注文について、約定履歴と板の状況を確認しております。\n確認が取れ次第、結果をご報告いたします。${signature}`,
    status: "open",
  },
  {
    key: "trading_order_not_filled",
    team: "trading",
    title: "指値注文が約定しない理由のご案内",
    body: `{{name}}\n\n受付番号 {{ticketNumber}} の件についてご案内いたします。\n指値注文は、ご指定の価格で取引が成立する相手の注文がある場合にのみ約定します。相場がご指定の価格に達していても、数量によっては一部のみ約定することがございます。${signature}`,
    status: "resolved",
  },
  {
    key: "system_known_incident",
    team: "system",
    title: "障害発生中のご案内",
    body: `{{name}}\n\nご不便をおかけしており申し訳ございません。現在、一部のサービスで障害が発生しており、復旧に向けて対応しております。\n最新の状況はステータスページでお知らせしております。受付番号 {{ticketNumber}} にも、復旧後にあらためてご連絡いたします。${signature}`,
    status: "open",
  },
  {
    key: "system_app_reinstall",
    team: "system",
    title: "アプリの再インストールのご案内",
    body: `{{name}}\n\n受付番号 {{ticketNumber}} の件についてご案内いたします。\nお手数ですが、アプリを最新版に更新のうえ、端末を再起動してお試しください。改善しない場合は、端末の機種とOSのバージョンをお知らせください。${signature}`,
    status: "waiting_on_customer",
  },
  {
    key: "security_protect",
    team: "security",
    title: "不正アクセスの疑い：保護手順のご案内",
    body: `{{name}}\n\nご連絡ありがとうございます（受付番号 {{ticketNumber}}）。念のため、次の手順をお願いいたします。\n1. パスワードを変更してください。\n2. 二段階認証を有効にしてください。\n3. 被害がある場合は、最寄りの警察署にご相談ください。\n当社からパスワードや認証コード、シードフレーズをお尋ねすることは決してございません。${signature}`,
    status: "open",
  },
  {
    key: "general_identity_check",
    team: "general",
    title: "ご本人確認の結果のご連絡",
    body: `{{name}}\n\n受付番号 {{ticketNumber}} の件について、ご登録の情報との照合が完了いたしました。\nこの後の手続きについて、あらためてご案内いたします。${signature}`,
    status: "open",
  },
];

/** The macros a ticket of `team` offers: its window's own first, then the common ones. */
export function macrosFor(team: TeamKey): readonly Macro[] {
  return [
    ...macros.filter((macro) => macro.team === team),
    ...macros.filter((macro) => macro.team === "all"),
  ];
}
