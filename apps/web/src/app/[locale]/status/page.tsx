import { componentStateLabel } from "@madoguchi/core/status/status-page";
import type { Metadata } from "next";
import { IncidentCard } from "@/components/incident-card";
import { pageMetadata } from "@/components/page-metadata";
import { SubscribeForm } from "@/components/subscribe-form";
import { webBaseUrl } from "@/config/env";
import { dictionary } from "@/i18n/dictionary";
import { formatDateTime } from "@/i18n/format";
import { localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";
import { pageLocale } from "../locale-params";

type Props = { params: Promise<{ locale: string }> };

const stateTone = {
  operational: "ok",
  maintenance: "warning",
  degraded: "warning",
  partial_outage: "danger",
  major_outage: "danger",
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = dictionary(locale).status;
  const metadata = pageMetadata({ locale, path: "/status", title: t.title, description: t.lead });
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: {
        "application/rss+xml": `${webBaseUrl}${localePath(locale, "/status/feed.xml")}`,
        "application/atom+xml": `${webBaseUrl}${localePath(locale, "/status/feed.atom")}`,
      },
    },
  };
}

export default async function StatusPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = dictionary(locale).status;
  const status = await publicCaller().status.page({ locale });
  const link = (path: string) => localePath(locale, path);

  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      <p
        className="notice status-summary"
        data-tone={stateTone[status.overall] === "ok" ? "ok" : "danger"}
        data-testid="status-overall"
      >
        {t.overall[status.overall]}
      </p>

      <section aria-labelledby="components-title">
        <h2 id="components-title">{t.components}</h2>
        <ul className="component-list" data-testid="components">
          {status.components.map((component) => (
            <li key={component.key} data-component={component.key} data-state={component.state}>
              <span>{component.name}</span>
              <span className="badge" data-tone={stateTone[component.state]}>
                {componentStateLabel[component.state][locale]}
              </span>
            </li>
          ))}
        </ul>
        <p className="muted">{t.checkedAt(formatDateTime(status.checkedAt, locale))}</p>
      </section>

      {status.active.length > 0 && (
        <section aria-labelledby="active-title" data-testid="active-incidents">
          <h2 id="active-title">{t.active}</h2>
          {status.active.map((incident) => (
            <IncidentCard key={incident.id} incident={incident} locale={locale} />
          ))}
        </section>
      )}

      {status.upcoming.length > 0 && (
        <section aria-labelledby="upcoming-title" data-testid="upcoming-maintenance">
          <h2 id="upcoming-title">{t.upcoming}</h2>
          {status.upcoming.map((incident) => (
            <IncidentCard key={incident.id} incident={incident} locale={locale} />
          ))}
        </section>
      )}

      <section aria-labelledby="past-title" data-testid="past-incidents">
        <h2 id="past-title">{t.past}</h2>
        {status.past.length === 0 && <p>{t.noPast}</p>}
        {status.past.map((incident) => (
          <IncidentCard key={incident.id} incident={incident} locale={locale} />
        ))}
      </section>

      <section aria-labelledby="subscribe-title">
        <h2 id="subscribe-title">{t.subscribeTitle}</h2>
        <p>{t.subscribeLead}</p>
        <SubscribeForm
          locale={locale}
          labels={{
            emailLabel: t.emailLabel,
            subscribe: t.subscribe,
            subscribed: t.subscribed,
            subscribeFailed: t.subscribeFailed,
            subscribeRateLimited: t.subscribeRateLimited,
          }}
        />
        <h3>{t.feeds}</h3>
        <p className="inline-links">
          <a href={link("/status/feed.xml")} type="application/rss+xml">
            {t.rss}
          </a>
          <a href={link("/status/feed.atom")} type="application/atom+xml">
            {t.atom}
          </a>
        </p>
      </section>
    </>
  );
}
