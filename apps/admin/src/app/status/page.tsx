import { isEnded } from "@madoguchi/core/incident/incident-lifecycle";
import type { Metadata } from "next";
import Link from "next/link";
import { ComponentStateSelect } from "@/components/content/component-state-select";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { ComponentStateBadge, IncidentStatusBadge } from "@/components/content/content-badges";
import { formatDateTime } from "@/components/content/content-labels";
import { IncidentCreateForm, MaintenanceCreateForm } from "@/components/content/incident-forms";
import { statusText } from "@/components/content/status-text";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: statusText[await getConsoleLocale()].page.title };
}

export default async function StatusAdminPage() {
  const locale = await getConsoleLocale();
  const all = statusText[locale];
  const text = all.page;
  const caller = await serverCaller();
  const loaded = await loadForPage(() =>
    Promise.all([caller.components.list(), caller.incidents.list({ limit: 100 })]),
  );
  if (!loaded.ok) return <AccessNotice title={text.title} reason={loaded.reason} locale={locale} />;
  const [components, incidents] = loaded.data;
  // Resolved, completed and cancelled (a maintenance called off) are all over.
  const open = incidents.filter((i) => !isEnded(i));
  const ended = incidents.filter((i) => isEnded(i)).slice(0, 30);
  const options = components.map((c) => ({ key: c.key, nameJa: c.nameJa, nameEn: c.nameEn }));
  // The incident list names components in Japanese only; the component list has both names.
  const englishName = new Map(components.map((c) => [c.key, c.nameEn]));
  const componentName = (c: { key: string; nameJa: string }) =>
    locale === "en" ? (englishName.get(c.key) ?? c.nameJa) : c.nameJa;

  const list = (rows: typeof incidents, empty: string) =>
    rows.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <table className="content-table">
        <thead>
          <tr>
            <th scope="col">{text.columns.title}</th>
            <th scope="col">{text.columns.kind}</th>
            <th scope="col">{text.columns.status}</th>
            <th scope="col">{text.columns.affected}</th>
            <th scope="col">{text.columns.at}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((incident) => (
            <tr key={incident.id}>
              <td>
                <Link href={`/status/incidents/${incident.id}`}>
                  {(locale === "en" && incident.titleEn) || incident.titleJa}
                </Link>
              </td>
              <td>{all.kind[incident.kind]}</td>
              <td>
                <IncidentStatusBadge status={incident.status} locale={locale} />
              </td>
              <td>{incident.components.map(componentName).join(text.nameSeparator) || "—"}</td>
              <td>
                {incident.kind === "maintenance"
                  ? all.range(
                      formatDateTime(incident.scheduledStart, locale),
                      formatDateTime(incident.scheduledEnd, locale),
                    )
                  : formatDateTime(incident.startedAt ?? incident.createdAt, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <>
      <h1>{text.title}</h1>
      <section className="content-panel">
        <h2>{text.openHeading}</h2>
        {list(open, text.openEmpty)}
      </section>
      <section className="content-panel">
        <h2>{text.componentsHeading}</h2>
        <p className="muted">{text.componentsHint}</p>
        <table className="content-table">
          <thead>
            <tr>
              <th scope="col">{text.componentColumns.component}</th>
              <th scope="col">{text.componentColumns.current}</th>
              <th scope="col">{text.componentColumns.change}</th>
              <th scope="col">{text.componentColumns.updated}</th>
            </tr>
          </thead>
          <tbody>
            {components.map((component) => (
              <tr key={component.key}>
                <td>{componentName(component)}</td>
                <td>
                  <ComponentStateBadge state={component.state} locale={locale} />
                </td>
                <td>
                  <ComponentStateSelect
                    componentKey={component.key}
                    name={componentName(component)}
                    state={component.state}
                  />
                </td>
                <td>{formatDateTime(component.updatedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="content-panel">
        <IncidentCreateForm components={options} />
      </section>
      <section className="content-panel">
        <MaintenanceCreateForm components={options} />
      </section>
      <section className="content-panel">
        <h2>{text.endedHeading}</h2>
        {list(ended, text.endedEmpty)}
      </section>
    </>
  );
}
