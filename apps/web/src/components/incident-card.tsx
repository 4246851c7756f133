import type { Locale } from "@madoguchi/core/locale/locale";
import { incidentStatusLabel } from "@madoguchi/core/status/status-page";
import { dictionary } from "@/i18n/dictionary";
import { formatDateTime, isoDate } from "@/i18n/format";

export interface IncidentCardData {
  id: string;
  kind: "incident" | "maintenance";
  status: keyof typeof incidentStatusLabel;
  title: string;
  scheduledStart: Date | null;
  scheduledEnd: Date | null;
  components: { key: string; name: string }[];
  updates: { id: string; status: keyof typeof incidentStatusLabel; body: string; createdAt: Date }[];
}

/** An incident or a maintenance with its timeline of updates, newest first. */
export function IncidentCard({
  incident,
  locale,
  headingLevel = 3,
}: {
  incident: IncidentCardData;
  locale: Locale;
  headingLevel?: 3 | 4;
}) {
  const t = dictionary(locale).status;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const ended = incident.status === "resolved" || incident.status === "completed";
  return (
    <article
      className="incident"
      id={`incident-${incident.id}`}
      data-testid="incident"
      data-kind={incident.kind}
      data-status={incident.status}
    >
      <Heading>
        <span
          className="badge"
          data-tone={incident.kind === "incident" ? (ended ? "ok" : "danger") : "warning"}
        >
          {incident.kind === "incident" ? t.incident : t.maintenance}
        </span>{" "}
        {incident.title}
      </Heading>
      <p>
        <strong>{incidentStatusLabel[incident.status][locale]}</strong>
      </p>
      {incident.scheduledStart && incident.scheduledEnd && (
        <p>
          {t.window(
            formatDateTime(incident.scheduledStart, locale),
            formatDateTime(incident.scheduledEnd, locale),
          )}
        </p>
      )}
      {incident.components.length > 0 && (
        <p className="muted">
          {t.affected}：
          {incident.components.map((component) => component.name).join(locale === "ja" ? "、" : ", ")}
        </p>
      )}
      <ol className="timeline">
        {incident.updates.map((update) => (
          <li key={update.id}>
            <time dateTime={isoDate(update.createdAt)}>
              {formatDateTime(update.createdAt, locale)} · {incidentStatusLabel[update.status][locale]}
            </time>
            {update.body}
          </li>
        ))}
      </ol>
    </article>
  );
}
