import { z } from "zod";
import { ticketStatusLabel } from "../../ticket/ticket-labels";
import { followUpBlock } from "./ticket-notice-kit";
import { type EmailData, type EmailTemplateDefinition, paragraph, subjectPrefix } from "./template-kit";

/** A ticket changed status (resolved, waiting for the customer ...). */
export const ticketStatusChangedTemplate: EmailTemplateDefinition<EmailData<"ticket_status_changed">> = {
  schema: z.object({
    number: z.string().min(1),
    status: z.string().min(1),
    followUp: z.enum(["sign_in", "email_code"]),
  }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}お問い合わせの状況が「${ticketStatusLabel(data.status, "ja")}」になりました（${data.number}）`,
      signInToRead: data.followUp === "sign_in",
      blocks: [
        paragraph(
          `お問い合わせ番号 ${data.number} の状況が「${ticketStatusLabel(data.status, "ja")}」になりました。`,
        ),
        ...(data.status === "resolved"
          ? [
              paragraph(
                "解決後14日以内であれば、同じお問い合わせを再開できます。よろしければ、対応へのご評価にもご協力ください。",
              ),
            ]
          : []),
        followUpBlock("ja", data.followUp, brand),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Your inquiry is now “${ticketStatusLabel(data.status, "en")}” (${data.number})`,
      signInToRead: data.followUp === "sign_in",
      blocks: [
        paragraph(
          `The status of your inquiry ${data.number} is now “${ticketStatusLabel(data.status, "en")}”.`,
        ),
        ...(data.status === "resolved"
          ? [
              paragraph(
                "You can reopen it within 14 days of resolution. We would also appreciate a rating of our support.",
              ),
            ]
          : []),
        followUpBlock("en", data.followUp, brand),
      ],
    }),
  },
};
