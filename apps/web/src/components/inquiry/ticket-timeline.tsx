import type { Locale } from "@madoguchi/core/locale/locale";
import { teams } from "@madoguchi/core/team/teams";
import { ticketStatusLabel } from "@madoguchi/core/ticket/ticket-labels";
import { formatDateTime } from "@/i18n/format";
import { inquiryText } from "./inquiry-text";

type Event = { kind: string; data: unknown; createdAt: Date };

function field(data: unknown, key: string): string | null {
  if (typeof data !== "object" || data === null) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "string" ? value : null;
}

function describe(event: Event, locale: Locale): string {
  const t = inquiryText(locale).detail.events;
  switch (event.kind) {
    case "created":
      return t.created;
    case "assigned_team": {
      const key = field(event.data, "team");
      return t.assigned_team(teams.find((team) => team.key === key)?.name[locale] ?? key ?? "");
    }
    case "replied":
      return t.replied;
    case "status_changed":
      return t.status_changed(ticketStatusLabel(field(event.data, "to") ?? "", locale));
    case "reopened":
      return t.reopened;
    case "rated":
      return t.rated;
    default:
      return event.kind;
  }
}

/** Submitted, assigned to a window, replied, waiting for you, resolved: the customer's timeline. */
export function TicketTimeline({ events, locale }: { events: readonly Event[]; locale: Locale }) {
  return (
    <ol className="timeline" data-testid="ticket-timeline">
      {events.map((event, index) => (
        <li key={`${event.kind}-${index}`} data-kind={event.kind}>
          <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt, locale)}</time>{" "}
          {describe(event, locale)}
        </li>
      ))}
    </ol>
  );
}
