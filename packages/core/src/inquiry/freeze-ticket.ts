import type { Locale } from "../locale/locale";

/** How the freeze was made: from the emailed link (signed out) or while signed in. */
export type FreezeSource = "email_link" | "signed_in";

/** The security window's ticket opened by an emergency freeze. */
export const FREEZE_TICKET = { type: "security", subtype: "unauthorized_access" } as const;

const sources: Record<FreezeSource, Record<Locale, string>> = {
  email_link: { ja: "メールの確認リンクから", en: "through the emailed confirmation link" },
  signed_in: { ja: "サインイン中の操作で", en: "while signed in" },
};

/** The subject and first message of that ticket, in the customer's language. */
export function freezeTicketText(locale: Locale, source: FreezeSource): { subject: string; body: string } {
  if (locale === "ja") {
    return {
      subject: "アカウントの緊急凍結",
      body: `お客様が${sources[source].ja}アカウントを緊急凍結しました。凍結中はログインと出金ができません。セキュリティチームが状況を確認し、ご本人確認のうえで凍結の解除についてご連絡します。`,
    };
  }
  return {
    subject: "Emergency account freeze",
    body: `You froze your account ${sources[source].en}. While frozen, it cannot sign in or withdraw. Our security team will review the situation and contact you about lifting the freeze once your identity is confirmed.`,
  };
}
