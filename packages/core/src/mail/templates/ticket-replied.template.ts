import { z } from "zod";
import { followUpBlock } from "./ticket-notice-kit";
import { type EmailData, type EmailTemplateDefinition, paragraph, subjectPrefix } from "./template-kit";

/** A staff reply is waiting: the email says so and nothing of its content. */
export const ticketRepliedTemplate: EmailTemplateDefinition<EmailData<"ticket_replied">> = {
  schema: z.object({ number: z.string().min(1), followUp: z.enum(["sign_in", "email_code"]) }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}お問い合わせに回答しました（${data.number}）`,
      signInToRead: data.followUp === "sign_in",
      blocks: [
        paragraph(`お問い合わせ番号 ${data.number} について、担当者から回答がありました。`),
        paragraph("回答の内容は、このメールには記載しておりません。"),
        followUpBlock("ja", data.followUp, brand),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}We replied to your inquiry (${data.number})`,
      signInToRead: data.followUp === "sign_in",
      blocks: [
        paragraph(`Our staff replied to your inquiry ${data.number}.`),
        paragraph("The reply itself is not included in this email."),
        followUpBlock("en", data.followUp, brand),
      ],
    }),
  },
};
