export interface BannerIncident {
  id: string;
  title: string;
  /** "障害" or "メンテナンス", and its status, already translated. */
  kindLabel: string;
  statusLabel: string;
  tone: "incident" | "maintenance";
}

export interface IncidentBannerProps {
  incidents: readonly BannerIncident[];
  heading: string;
  statusHref: string;
  statusLinkLabel: string;
}

/** Shown at the top of every page while an incident or maintenance is under way. */
export function IncidentBanner({ incidents, heading, statusHref, statusLinkLabel }: IncidentBannerProps) {
  if (incidents.length === 0) return null;
  const tone = incidents.some((incident) => incident.tone === "incident") ? "incident" : "maintenance";
  return (
    <section
      className="incident-banner"
      data-tone={tone}
      aria-labelledby="incident-banner-title"
      data-testid="incident-banner"
    >
      <div className="incident-banner-inner">
        <h2 id="incident-banner-title" className="incident-banner-title">
          {heading}
        </h2>
        <ul>
          {incidents.map((incident) => (
            <li key={incident.id}>
              <span className="incident-banner-kind">{incident.kindLabel}</span> {incident.title}{" "}
              <span className="incident-banner-status">{incident.statusLabel}</span>
            </li>
          ))}
        </ul>
        <a href={statusHref}>{statusLinkLabel}</a>
      </div>
    </section>
  );
}
