import { CalendarForm } from "@/components/settings/calendar-form";
import { SettingsSectionPage, settingsMetadata } from "@/components/settings/settings-section-page";
import { serverCaller } from "@/trpc/server";
import { calendarAction } from "../settings-actions";

export const dynamic = "force-dynamic";

export const generateMetadata = settingsMetadata("hours");

/** Admins: each window's business hours and closed days, which its SLA time runs on. */
export default function HoursSettingsPage() {
  return (
    <SettingsSectionPage section="hours" load={async () => (await serverCaller()).settings.teams.list()}>
      {(data, { locale, text }) =>
        data.teams.map((team) => {
          const name = locale === "ja" ? team.nameJa : team.nameEn;
          return (
            <section key={team.key} className="account-section" aria-labelledby={`hours-${team.key}`}>
              <h2 id={`hours-${team.key}`}>{name}</h2>
              {team.alwaysOpen ? (
                <p className="notice">{text.hours.alwaysOpen}</p>
              ) : (
                <CalendarForm
                  team={{ key: team.key, name }}
                  calendar={team.calendar}
                  action={calendarAction}
                />
              )}
            </section>
          );
        })
      }
    </SettingsSectionPage>
  );
}
