import { z } from "zod";
import { followUpBlock, formatJstDateTime } from "./ticket-notice-kit";
import { type EmailData, type EmailTemplateDefinition, paragraph, subjectPrefix } from "./template-kit";

/** The ticket has waited for the customer's reply for days and will be set resolved soon. */
export const ticketAutoCloseNoticeTemplate: EmailTemplateDefinition<EmailData<"ticket_auto_close_notice">> = {
  schema: z.object({
    number: z.string().min(1),
    closesAt: z.iso.datetime(),
    followUp: z.enum(["sign_in", "email_code"]),
  }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}ご返信をお待ちしております（${data.number}）`,
      signInToRead: data.followUp === "sign_in",
      blocks: [
        paragraph(`お問い合わせ番号 ${data.number} について、お客様からのご返信をお待ちしております。`),
        paragraph(
          `${formatJstDateTime(data.closesAt, "ja")}までにご返信がない場合、このお問い合わせは「解決済み」とさせていただきます。`,
        ),
        paragraph(
          "引き続きご対応が必要な場合は、それまでにお問い合わせへご返信ください。ご返信いただければ、そのまま対応を続けます。",
        ),
        followUpBlock("ja", data.followUp, brand),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}We are waiting for your reply (${data.number})`,
      signInToRead: data.followUp === "sign_in",
      blocks: [
        paragraph(`We are waiting for your reply about your inquiry ${data.number}.`),
        paragraph(
          `If we do not hear from you by ${formatJstDateTime(data.closesAt, "en")}, we will mark this inquiry as resolved.`,
        ),
        paragraph("If you still need help, reply to the inquiry before then and we will keep working on it."),
        followUpBlock("en", data.followUp, brand),
      ],
    }),
  },
};
