import type { Locale } from "../locale/locale";
import type { IncidentKind } from "../status/status-page";

/**
 * The system's message on a ticket linked to an incident that has ended (an outage resolved, a
 * maintenance completed), in the customer's language. It names the incident and the public
 * status page; it is not a staff reply (no SLA clock stops) and leaves the ticket's status to
 * its agent.
 */
export function incidentResolvedNotice(
  locale: Locale,
  input: { kind: IncidentKind; title: string; statusUrl: string },
): string {
  const maintenance = input.kind === "maintenance";
  if (locale === "en") {
    return [
      maintenance
        ? "The maintenance related to your inquiry has been completed."
        : "The outage you reported has been resolved.",
      "",
      `${maintenance ? "Maintenance" : "Outage"}: ${input.title}`,
      `See the timeline on the status page: ${input.statusUrl}`,
      "",
      maintenance
        ? "Thank you for your patience. If the problem persists, please reply to this inquiry."
        : "We apologize for the inconvenience. If the problem persists, please reply to this inquiry.",
    ].join("\n");
  }
  return [
    maintenance
      ? "お問い合わせに関連するメンテナンスは完了いたしました。"
      : "ご報告の障害は復旧いたしました。",
    "",
    `${maintenance ? "メンテナンス" : "障害"}：${input.title}`,
    `経過はステータスページでご確認いただけます：${input.statusUrl}`,
    "",
    maintenance
      ? "ご不便をおかけいたしました。まだ問題が解消しない場合は、このお問い合わせにご返信ください。"
      : "ご不便をおかけし、申し訳ございませんでした。まだ問題が解消しない場合は、このお問い合わせにご返信ください。",
  ].join("\n");
}
