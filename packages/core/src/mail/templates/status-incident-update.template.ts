import { z } from "zod";
import type { Locale } from "../../locale/locale";
import {
  action,
  type EmailData,
  type EmailTemplateDefinition,
  link,
  paragraph,
  subjectPrefix,
} from "./template-kit";

/** Incident and maintenance statuses in words; an unknown status is shown as given. */
const statusLabels: Record<string, Record<Locale, string>> = {
  scheduled: { ja: "予定", en: "Scheduled" },
  investigating: { ja: "調査中", en: "Investigating" },
  identified: { ja: "原因特定", en: "Identified" },
  monitoring: { ja: "経過観察中", en: "Monitoring" },
  in_progress: { ja: "作業中", en: "In progress" },
  resolved: { ja: "解決済み", en: "Resolved" },
  completed: { ja: "完了", en: "Completed" },
  cancelled: { ja: "中止", en: "Cancelled" },
};

export function incidentStatusLabel(status: string, locale: Locale): string {
  return statusLabels[status]?.[locale] ?? status;
}

export const statusIncidentUpdateTemplate: EmailTemplateDefinition<EmailData<"status_incident_update">> = {
  schema: z.object({
    title: z.string().min(1),
    status: z.string().min(1),
    body: z.string(),
    statusUrl: z.string().min(1),
    unsubscribeUrl: z.string().min(1),
  }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}${data.title}（${incidentStatusLabel(data.status, "ja")}）`,
      signInToRead: false,
      blocks: [
        paragraph(`${brand}の障害・メンテナンス情報を更新しました。`),
        {
          kind: "facts",
          rows: [
            { label: "件名", value: data.title },
            { label: "状況", value: incidentStatusLabel(data.status, "ja") },
          ],
        },
        { kind: "quote", text: data.body },
        action("ステータスページで見る", data.statusUrl),
        link("配信を停止する", data.unsubscribeUrl),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}${data.title} (${incidentStatusLabel(data.status, "en")})`,
      signInToRead: false,
      blocks: [
        paragraph(`${brand} posted an update on an outage or maintenance.`),
        {
          kind: "facts",
          rows: [
            { label: "Title", value: data.title },
            { label: "Status", value: incidentStatusLabel(data.status, "en") },
          ],
        },
        { kind: "quote", text: data.body },
        action("View the status page", data.statusUrl),
        link("Unsubscribe", data.unsubscribeUrl),
      ],
    }),
  },
};
