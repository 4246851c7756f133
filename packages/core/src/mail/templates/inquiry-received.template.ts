import { z } from "zod";
import { teams } from "../../team/teams";
import type { Locale } from "../../locale/locale";
import { followUpBlock, formatJstDateTime } from "./ticket-notice-kit";
import { type EmailData, type EmailTemplateDefinition, paragraph, subjectPrefix } from "./template-kit";

const followUpSchema = z.enum(["sign_in", "email_code"]);

function windowName(teamKey: string, locale: Locale): string {
  return teams.find((team) => team.key === teamKey)?.name[locale] ?? teamKey;
}

/** The receipt of a filed inquiry: its number, the window handling it, and when to expect a reply. */
export const inquiryReceivedTemplate: EmailTemplateDefinition<EmailData<"inquiry_received">> = {
  schema: z.object({
    number: z.string().min(1),
    teamKey: z.string().min(1),
    firstResponseDueAt: z.iso.datetime(),
    followUp: followUpSchema,
  }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}お問い合わせを受け付けました（${data.number}）`,
      signInToRead: data.followUp === "sign_in",
      blocks: [
        paragraph("お問い合わせいただき、ありがとうございます。以下の内容で受け付けました。"),
        {
          kind: "facts",
          rows: [
            { label: "お問い合わせ番号", value: data.number },
            { label: "担当窓口", value: windowName(data.teamKey, "ja") },
            { label: "最初のご回答の目安", value: formatJstDateTime(data.firstResponseDueAt, "ja") },
          ],
        },
        paragraph("追加のご連絡の際は、お問い合わせ番号をお伝えください。"),
        followUpBlock("ja", data.followUp, brand),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}We received your inquiry (${data.number})`,
      signInToRead: data.followUp === "sign_in",
      blocks: [
        paragraph("Thank you for contacting us. We received your inquiry:"),
        {
          kind: "facts",
          rows: [
            { label: "Inquiry number", value: data.number },
            { label: "Handled by", value: windowName(data.teamKey, "en") },
            { label: "First reply expected by", value: formatJstDateTime(data.firstResponseDueAt, "en") },
          ],
        },
        paragraph("Please quote the inquiry number whenever you contact us about it."),
        followUpBlock("en", data.followUp, brand),
      ],
    }),
  },
};
