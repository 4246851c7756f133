import type { Locale } from "../locale/locale";

/**
 * The system's message on a ticket linked to an incident that has ended, in the customer's
 * language. It names the incident and the public status page; it is not a staff reply (no SLA
 * clock stops) and leaves the ticket's status to its agent.
 */
export function incidentResolvedNotice(locale: Locale, input: { title: string; statusUrl: string }): string {
  if (locale === "en") {
    return [
      "The outage you reported has been resolved.",
      "",
      `Outage: ${input.title}`,
      `See the timeline on the status page: ${input.statusUrl}`,
      "",
      "We apologize for the inconvenience. If the problem persists, please reply to this inquiry.",
    ].join("\n");
  }
  return [
    "ご報告の障害は復旧いたしました。",
    "",
    `障害：${input.title}`,
    `経過はステータスページでご確認いただけます：${input.statusUrl}`,
    "",
    "ご不便をおかけし、申し訳ございませんでした。まだ問題が解消しない場合は、このお問い合わせにご返信ください。",
  ].join("\n");
}
