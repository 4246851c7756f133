import type { Locale } from "@madoguchi/core/locale/locale";
import { incidentStatusLabel } from "@madoguchi/core/status/status-page";
import { IncidentBanner } from "@madoguchi/ui/incident-banner";
import { dictionary } from "@/i18n/dictionary";
import { localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";

/**
 * The banner of every page while an incident or maintenance is under way. Part of each page's
 * prerender: the console revalidates the pages when it changes an incident.
 */
export async function IncidentBannerSlot({ locale }: { locale: Locale }) {
  const t = dictionary(locale).status;
  let incidents;
  try {
    incidents = await publicCaller().status.banner({ locale });
  } catch (error) {
    // A page without its banner beats no page: the status page itself still says what it knows.
    console.error("incident banner unavailable", error);
    return null;
  }
  return (
    <IncidentBanner
      heading={t.bannerTitle}
      statusHref={localePath(locale, "/status")}
      statusLinkLabel={t.bannerLink}
      incidents={incidents.map((incident) => ({
        id: incident.id,
        title: incident.title,
        kindLabel: incident.kind === "incident" ? t.incident : t.maintenance,
        statusLabel: incidentStatusLabel[incident.status][locale],
        tone: incident.kind,
      }))}
    />
  );
}
