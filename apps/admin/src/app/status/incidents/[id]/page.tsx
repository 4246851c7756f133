import { incidentStatusLabel } from "@madoguchi/core/status/status-page";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { ComponentStateBadge, IncidentStatusBadge } from "@/components/content/content-badges";
import { formatDateTime } from "@/components/content/content-labels";
import { IncidentUpdateForm } from "@/components/content/incident-update-form";
import { statusText } from "@/components/content/status-text";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: statusText[await getConsoleLocale()].incident.title };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuid.test(id)) notFound();
  const locale = await getConsoleLocale();
  const all = statusText[locale];
  const text = all.incident;
  const caller = await serverCaller();
  const loaded = await loadForPage(() =>
    Promise.all([caller.incidents.get({ id }), caller.components.list()]),
  );
  if (!loaded.ok) return <AccessNotice title={text.title} reason={loaded.reason} locale={locale} />;
  const [incident, components] = loaded.data;
  // The English title leads in English when there is one; the other language follows, muted.
  const english = locale === "en" && incident.titleEn !== null;
  const englishName = new Map(components.map((c) => [c.key, c.nameEn]));
  return (
    <>
      <p>
        <Link href="/status">{text.back}</Link>
      </p>
      <h1>{english ? incident.titleEn : incident.titleJa}</h1>
      <p className="content-actions">
        <span>{all.kind[incident.kind]}</span>
        <IncidentStatusBadge status={incident.status} locale={locale} />
        {english ? (
          <span className="muted" lang="ja">
            {incident.titleJa}
          </span>
        ) : (
          incident.titleEn && (
            <span className="muted" lang="en">
              {incident.titleEn}
            </span>
          )
        )}
      </p>
      <dl className="content-row">
        {incident.kind === "maintenance" && (
          <div>
            <dt className="muted">{text.planned}</dt>
            <dd>
              {all.range(
                formatDateTime(incident.scheduledStart, locale),
                formatDateTime(incident.scheduledEnd, locale),
              )}
            </dd>
          </div>
        )}
        <div>
          <dt className="muted">{text.started}</dt>
          <dd>{formatDateTime(incident.startedAt, locale)}</dd>
        </div>
        <div>
          <dt className="muted">
            {incident.kind === "incident"
              ? text.resolved
              : incident.status === "cancelled"
                ? incidentStatusLabel.cancelled[locale]
                : text.completed}
          </dt>
          <dd>{formatDateTime(incident.resolvedAt, locale)}</dd>
        </div>
        <div>
          <dt className="muted">{text.linkedTickets}</dt>
          <dd>{text.ticketCount(incident.linkedTickets)}</dd>
        </div>
      </dl>
      <section className="content-panel">
        <h2>{text.affectedHeading}</h2>
        {incident.components.length === 0 ? (
          <p className="muted">{text.noComponents}</p>
        ) : (
          <ul>
            {incident.components.map((component) => (
              <li key={component.key}>
                {locale === "en" ? (englishName.get(component.key) ?? component.nameJa) : component.nameJa}{" "}
                <ComponentStateBadge state={component.state} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="content-panel">
        <IncidentUpdateForm
          key={`${incident.status}:${incident.updates.length}`}
          incident={incident}
          components={components.map((c) => ({ key: c.key, nameJa: c.nameJa, nameEn: c.nameEn }))}
        />
      </section>
      <section className="content-panel">
        <h2>{text.timeline}</h2>
        <ol className="content-timeline" data-testid="incident-timeline">
          {incident.updates.map((update) => (
            <li key={update.id}>
              <IncidentStatusBadge status={update.status} locale={locale} />{" "}
              <span className="muted">{formatDateTime(update.createdAt, locale)}</span>
              <p>{update.bodyJa}</p>
              {update.bodyEn && (
                <p className="muted" lang="en">
                  {update.bodyEn}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
