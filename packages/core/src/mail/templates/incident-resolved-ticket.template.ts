import { z } from "zod";
import { followUpBlock } from "./ticket-notice-kit";
import {
  action,
  type EmailData,
  type EmailTemplateDefinition,
  paragraph,
  subjectPrefix,
} from "./template-kit";

/**
 * The outage a customer wrote about is over. Like every ticket notice it carries the number and
 * no sign-in link; the incident's title and the public status page are no secret.
 */
export const incidentResolvedTicketTemplate: EmailTemplateDefinition<EmailData<"incident_resolved_ticket">> =
  {
    schema: z.object({
      number: z.string().min(1),
      kind: z.enum(["incident", "maintenance"]).optional(),
      title: z.string().min(1),
      statusUrl: z.string().min(1),
      followUp: z.enum(["sign_in", "email_code"]),
    }),
    compose: {
      ja: (data, brand) => ({
        subject:
          data.kind === "maintenance"
            ? `${subjectPrefix("ja", brand)}メンテナンスは完了いたしました（${data.number}）`
            : `${subjectPrefix("ja", brand)}ご報告の障害は復旧いたしました（${data.number}）`,
        signInToRead: data.followUp === "sign_in",
        blocks: [
          paragraph(
            data.kind === "maintenance"
              ? `お問い合わせ番号 ${data.number} に関連するメンテナンスは完了いたしました。`
              : `お問い合わせ番号 ${data.number} でご報告いただいた障害は復旧いたしました。`,
          ),
          {
            kind: "facts",
            rows: [{ label: data.kind === "maintenance" ? "メンテナンス" : "障害", value: data.title }],
          },
          paragraph(
            data.kind === "maintenance"
              ? "ご不便をおかけいたしました。まだ問題が解消しない場合は、お問い合わせにご返信ください。"
              : "ご不便をおかけし、申し訳ございませんでした。まだ問題が解消しない場合は、お問い合わせにご返信ください。",
          ),
          action("ステータスページで経過を見る", data.statusUrl),
          followUpBlock("ja", data.followUp, brand),
        ],
      }),
      en: (data, brand) => ({
        subject:
          data.kind === "maintenance"
            ? `${subjectPrefix("en", brand)}The maintenance is complete (${data.number})`
            : `${subjectPrefix("en", brand)}The outage you reported is resolved (${data.number})`,
        signInToRead: data.followUp === "sign_in",
        blocks: [
          paragraph(
            data.kind === "maintenance"
              ? `The maintenance related to inquiry ${data.number} has been completed.`
              : `The outage you reported in inquiry ${data.number} has been resolved.`,
          ),
          {
            kind: "facts",
            rows: [{ label: data.kind === "maintenance" ? "Maintenance" : "Outage", value: data.title }],
          },
          paragraph(
            data.kind === "maintenance"
              ? "Thank you for your patience. If the problem persists, please reply to your inquiry."
              : "We apologize for the inconvenience. If the problem persists, please reply to your inquiry.",
          ),
          action("See the timeline on the status page", data.statusUrl),
          followUpBlock("en", data.followUp, brand),
        ],
      }),
    },
  };
