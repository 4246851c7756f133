import type { Localized } from "../locale/locale";
import type { TicketStatus } from "./ticket-lifecycle";

/** A ticket's status as the customer reads it (the portal and the emails say the same). */
export const ticketStatusLabels: Readonly<Record<TicketStatus, Localized>> = {
  new: { ja: "受付済み", en: "Received" },
  open: { ja: "対応中", en: "In progress" },
  waiting_on_customer: { ja: "お客様のご返信待ち", en: "Waiting for your reply" },
  resolved: { ja: "解決済み", en: "Resolved" },
  closed: { ja: "完了", en: "Closed" },
};

export function ticketStatusLabel(status: string, locale: "ja" | "en"): string {
  return Object.hasOwn(ticketStatusLabels, status)
    ? ticketStatusLabels[status as TicketStatus][locale]
    : status;
}
