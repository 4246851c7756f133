import type { Localized } from "../locale/locale";
import type { TroubleType } from "../trouble/trouble-types";
import { requireSubtype } from "./inquiry-form";

export type AttachmentAdvice = "recommended" | "optional" | "none";

export interface AttachmentGuidance {
  advice: AttachmentAdvice;
  /** What evidence helps this window, shown by the upload field. */
  hint: Localized;
}

const transferSlip: AttachmentGuidance = {
  advice: "recommended",
  hint: {
    ja: "振込明細書（ATMの利用明細票や、ネットバンキングの振込完了画面）のスクリーンショットや写真を添付してください。確認が早くなります。",
    en: "Please attach the bank transfer slip (an ATM receipt or your online banking's completion screen) as a photo or screenshot. It speeds up our check.",
  },
};

/** The guide's "attach evidence" per window: trading and funds ask for it, others welcome it. */
const attachmentsByType: Readonly<Record<TroubleType, AttachmentGuidance>> = {
  login: {
    // Filed without signing in: staff ask for identity documents through a checked channel.
    advice: "none",
    hint: { ja: "", en: "" },
  },
  trading: {
    advice: "recommended",
    hint: {
      ja: "注文画面や取引履歴のスクリーンショットを添付してください。確認が早くなります。",
      en: "Please attach screenshots of the order screen or your trade history. It speeds up our check.",
    },
  },
  funds: {
    advice: "recommended",
    hint: {
      ja: "送金元の送金履歴（取引所やウォレットの画面）のスクリーンショットを添付してください。確認が早くなります。",
      en: "Please attach a screenshot of the transfer history at the sender (exchange or wallet). It speeds up our check.",
    },
  },
  system: {
    advice: "optional",
    hint: {
      ja: "エラーが表示された画面のスクリーンショットがあれば添付してください。",
      en: "If you have a screenshot of the error screen, please attach it.",
    },
  },
  security: {
    advice: "optional",
    hint: {
      ja: "不審なメールやSMS、身に覚えのない通知・履歴のスクリーンショットがあれば添付してください。",
      en: "If you have screenshots of suspicious emails, text messages, notices or history entries, please attach them.",
    },
  },
  other: {
    advice: "optional",
    hint: {
      ja: "説明に役立つ画面のスクリーンショットがあれば添付してください。",
      en: "If a screenshot helps explain, please attach it.",
    },
  },
};

const attachmentsBySubtype: Readonly<Record<string, AttachmentGuidance>> = {
  jpy_deposit_missing: transferSlip,
  jpy_withdrawal_refused: {
    advice: "recommended",
    hint: {
      ja: "出金申請画面や、表示されたメッセージのスクリーンショットを添付してください。",
      en: "Please attach screenshots of the withdrawal request and the message shown.",
    },
  },
};

export function attachmentGuidanceFor(type: TroubleType, subtype: string): AttachmentGuidance {
  const definition = requireSubtype(type, subtype);
  return attachmentsBySubtype[definition.key] ?? attachmentsByType[type];
}

export interface PreFormNotice {
  key: string;
  tone: "danger" | "warning" | "info";
  title: Localized;
  body: Localized;
  /** Immediate steps, in order. */
  steps: readonly Localized[];
  /** Offered with the notice: the emergency freeze works without signing in. */
  action: "freeze_account" | null;
  /** The customer confirms having read it before the form opens. */
  acknowledge: boolean;
}

const protectAccountNow: PreFormNotice = {
  key: "security.protect_now",
  tone: "danger",
  title: { ja: "まず、アカウントを守る操作をしてください", en: "First, protect your account" },
  body: {
    ja: "不正アクセスの疑いがある場合は、お問い合わせの前に、今すぐアカウントを凍結してください。凍結するとログインと出金が止まり、解除にはご本人確認が必要になります。",
    en: "If you suspect unauthorized access, freeze your account now, before writing to us. Freezing stops sign-in and withdrawals; lifting it requires an identity check.",
  },
  steps: [
    {
      ja: "パスワードを変更してください。同じパスワードをほかのサービスでも使っている場合は、そちらも変更してください。",
      en: "Change your password, and change it on any other service where you use the same one.",
    },
    {
      ja: "二段階認証を設定してください。設定済みの場合は、認証アプリの登録状況をご確認ください。",
      en: "Turn on two-factor authentication; if it is on, check the devices registered in your authenticator app.",
    },
    {
      ja: "被害が生じている場合は、警察への相談（警察相談専用電話 #9110）や被害届の提出をご検討ください。",
      en: "If you have suffered losses, consider contacting the police (in Japan, #9110) and filing a report.",
    },
  ],
  action: "freeze_account",
  acknowledge: false,
};

const phishingLinks: PreFormNotice = {
  key: "security.phishing_links",
  tone: "warning",
  title: {
    ja: "不審なメールやSMSのリンクは開かないでください",
    en: "Do not open links in suspicious messages",
  },
  body: {
    ja: "リンク先でIDやパスワード、認証コードを入力してしまった場合は、すぐにパスワードを変更し、アカウントを凍結してください。",
    en: "If you entered your ID, password or an authentication code on a linked page, change your password and freeze your account right away.",
  },
  steps: [],
  action: "freeze_account",
  acknowledge: false,
};

const irreversibleTransfer: PreFormNotice = {
  key: "funds.irreversible_transfer",
  tone: "warning",
  title: { ja: "ブロックチェーン上の送金は取り消せません", en: "An on-chain transfer cannot be reversed" },
  body: {
    ja: "暗号資産の送金は、ブロックチェーンに記録されると、当社でも取り消しや返金ができません。送金先がほかの取引所のアドレスであれば、その取引所へお問い合わせいただくことで返還される場合があります。状況を確認するため、以下のフォームで送金の詳細をお知らせください。",
    en: "Once a crypto transfer is recorded on the blockchain, neither we nor anyone else can cancel or refund it. If the address belongs to another exchange, contacting that exchange may get it returned. Please tell us the details below so we can check the situation.",
  },
  steps: [],
  action: null,
  acknowledge: true,
};

const noticesByType: Readonly<Partial<Record<TroubleType, readonly PreFormNotice[]>>> = {
  security: [protectAccountNow],
};
const noticesBySubtype: Readonly<Record<string, readonly PreFormNotice[]>> = {
  phishing: [phishingLinks],
  wrong_address: [irreversibleTransfer],
};

/** Warnings shown before the form, in order: what the customer must know or do first. */
export function preFormNoticesFor(type: TroubleType, subtype: string): readonly PreFormNotice[] {
  const definition = requireSubtype(type, subtype);
  return [...(noticesByType[type] ?? []), ...(noticesBySubtype[definition.key] ?? [])];
}

/** Shown beside every form and with every secret warning (DOMAIN.md). */
export const staffNeverAskNotice: Localized = {
  ja: "当社のスタッフが、パスワード、二段階認証のコード、シードフレーズ、秘密鍵をお尋ねすることはありません。遠隔操作ソフトのインストールをお願いすることもありません。",
  en: "Our staff never ask for your password, two-factor codes, seed phrase or private keys, and never ask you to install remote-access software.",
};
