import { z } from "zod";
import type { Locale } from "../../locale/locale";
import { teams } from "../../team/teams";
import { formatJstDateTime } from "./ticket-notice-kit";
import {
  action,
  type EmailData,
  type EmailTemplateDefinition,
  formatDuration,
  paragraph,
  subjectPrefix,
} from "./template-kit";

const clockNames: Record<"first_response" | "resolution", Record<Locale, string>> = {
  first_response: { ja: "初回回答期限", en: "first response deadline" },
  resolution: { ja: "解決期限", en: "resolution deadline" },
};

const priorityNames: Record<"low" | "normal" | "high" | "urgent", Record<Locale, string>> = {
  low: { ja: "低", en: "Low" },
  normal: { ja: "通常", en: "Normal" },
  high: { ja: "高", en: "High" },
  urgent: { ja: "緊急", en: "Urgent" },
};

const windowName = (teamKey: string, locale: Locale) =>
  teams.find((team) => team.key === teamKey)?.name[locale] ?? teamKey;

/**
 * To a window's leads: a ticket missed an SLA deadline. Staff-facing, so it links to the
 * ticket's page in the console (which asks for sign-in) and carries no customer data.
 */
export const ticketEscalatedTemplate: EmailTemplateDefinition<EmailData<"ticket_escalated">> = {
  schema: z.object({
    number: z.string().min(1),
    teamKey: z.string().min(1),
    clock: z.enum(["first_response", "resolution"]),
    priority: z.enum(["low", "normal", "high", "urgent"]),
    dueAt: z.iso.datetime(),
    lateMinutes: z.number().int().nonnegative(),
    url: z.string().min(1),
  }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}SLA超過: ${data.number} の${clockNames[data.clock].ja}を過ぎました`,
      signInToRead: false,
      blocks: [
        paragraph(
          `${windowName(data.teamKey, "ja")}のチケット ${data.number} が${clockNames[data.clock].ja}を過ぎました。担当状況をご確認ください。`,
        ),
        {
          kind: "facts",
          rows: [
            { label: "チケット番号", value: data.number },
            { label: "窓口", value: windowName(data.teamKey, "ja") },
            { label: "超過した期限", value: clockNames[data.clock].ja },
            { label: "期限", value: formatJstDateTime(data.dueAt, "ja") },
            { label: "超過時間", value: formatDuration("ja", data.lateMinutes) },
            { label: "優先度", value: priorityNames[data.priority].ja },
          ],
        },
        action("コンソールでチケットを開く", data.url),
        paragraph("このお知らせは期限ごとに一度だけお送りしています。優先度は変更されていません。"),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}SLA breach: ${data.number} missed its ${clockNames[data.clock].en}`,
      signInToRead: false,
      blocks: [
        paragraph(
          `Ticket ${data.number} of ${windowName(data.teamKey, "en")} missed its ${clockNames[data.clock].en}. Please check who is working on it.`,
        ),
        {
          kind: "facts",
          rows: [
            { label: "Ticket", value: data.number },
            { label: "Window", value: windowName(data.teamKey, "en") },
            { label: "Missed", value: clockNames[data.clock].en },
            { label: "Due", value: formatJstDateTime(data.dueAt, "en") },
            { label: "Late by", value: formatDuration("en", data.lateMinutes) },
            { label: "Priority", value: priorityNames[data.priority].en },
          ],
        },
        action("Open the ticket in the console", data.url),
        paragraph("You get this notice once per missed deadline. The priority has not been changed."),
      ],
    }),
  },
};
