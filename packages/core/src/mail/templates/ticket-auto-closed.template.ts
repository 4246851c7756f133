import { z } from "zod";
import { REOPEN_WINDOW_DAYS } from "../../ticket/ticket-lifecycle";
import { followUpBlock } from "./ticket-notice-kit";
import { type EmailData, type EmailTemplateDefinition, paragraph, subjectPrefix } from "./template-kit";

/**
 * The ticket waited seven days without a reply and is now resolved. A signed-in customer may
 * reopen it within the reopen window; one who filed without signing in cannot reopen it, so
 * they are pointed to a new inquiry.
 */
export const ticketAutoClosedTemplate: EmailTemplateDefinition<EmailData<"ticket_auto_closed">> = {
  schema: z.object({ number: z.string().min(1), followUp: z.enum(["sign_in", "email_code"]) }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}お問い合わせを解決済みにしました（${data.number}）`,
      signInToRead: data.followUp === "sign_in",
      blocks: [
        paragraph(
          `お問い合わせ番号 ${data.number} について、7日間ご返信がありませんでしたので「解決済み」とさせていただきました。`,
        ),
        paragraph(
          data.followUp === "sign_in"
            ? `まだ解決していない場合は、解決後${REOPEN_WINDOW_DAYS}日以内であれば「お問い合わせ履歴」から同じお問い合わせを再開できます。`
            : "まだ解決していない場合は、お手数ですが新しいお問い合わせをお送りください。その際、このお問い合わせ番号をお書き添えください。",
        ),
        followUpBlock("ja", data.followUp, brand),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}We marked your inquiry as resolved (${data.number})`,
      signInToRead: data.followUp === "sign_in",
      blocks: [
        paragraph(
          `We had no reply about your inquiry ${data.number} for 7 days, so we marked it as resolved.`,
        ),
        paragraph(
          data.followUp === "sign_in"
            ? `If your problem is not solved, you can reopen the inquiry under “My inquiries” within ${REOPEN_WINDOW_DAYS} days of resolution.`
            : "If your problem is not solved, please send us a new inquiry and mention this inquiry number.",
        ),
        followUpBlock("en", data.followUp, brand),
      ],
    }),
  },
};
