import { jstParts } from "../../sla/jst-time";
import type { Locale } from "../../locale/locale";
import type { TicketFollowUp } from "../email-message";
import { type EmailBlock, paragraph } from "./template-kit";

const pad = (value: number) => String(value).padStart(2, "0");
const weekdaysJa = ["月", "火", "水", "木", "金", "土", "日"];
const monthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A due time in Japan time, the exchange's time, in both languages: 11月30日（月）12:00. */
export function formatJstDateTime(iso: string, locale: Locale): string {
  const parts = jstParts(new Date(iso));
  const time = `${pad(parts.hour)}:${pad(parts.minute)}`;
  if (locale === "ja") {
    return `${parts.year}年${parts.month}月${parts.day}日（${weekdaysJa[parts.isoWeekday - 1]}）${time}`;
  }
  return `${parts.day} ${monthsEn[parts.month - 1]} ${parts.year}, ${time} (Japan time)`;
}

/**
 * How to read the ticket, without a link: signed in, or, for login trouble filed without
 * signing in, with this address, the ticket number and an emailed one-time code.
 */
export function followUpBlock(locale: Locale, followUp: TicketFollowUp, brandName: string): EmailBlock {
  if (followUp === "sign_in") {
    return paragraph(
      locale === "ja"
        ? "お問い合わせの内容と回答は、サインイン後の「お問い合わせ履歴」でご確認いただけます。"
        : "You can read your inquiry and our replies under “My inquiries” once signed in.",
    );
  }
  return paragraph(
    locale === "ja"
      ? `状況の確認やご返信は、${brandName}ヘルプセンターの「お問い合わせ状況の確認」で、このメールアドレスとお問い合わせ番号を入力してください。このメールアドレスあてに確認コードをお送りします。`
      : `To check the status or reply, open “Check an inquiry” in the ${brandName} help center and enter this email address and the inquiry number. We will email a confirmation code to this address.`,
  );
}
