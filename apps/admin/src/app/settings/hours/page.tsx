import type { Metadata } from "next";
import "@/components/account/account.css";
import { CalendarForm } from "@/components/settings/calendar-form";
import { BackToSettings, loadSettings, SettingsRefused } from "@/components/settings/settings-access";
import { settingsText } from "@/components/settings/settings-text";
import "@/components/settings/settings.css";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import { calendarAction } from "../settings-actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: settingsText[await getConsoleLocale()].hours.title };
}

/** Admins: each window's business hours and closed days, which its SLA time runs on. */
export default async function HoursSettingsPage() {
  const locale = await getConsoleLocale();
  const text = settingsText[locale];
  const loaded = await loadSettings(async () => (await serverCaller()).settings.teams.list());
  if (!loaded.ok) {
    return (
      <SettingsRefused
        title={text.hours.title}
        reason={loaded.reason}
        locale={locale}
        path="/settings/hours"
      />
    );
  }
  return (
    <>
      <BackToSettings locale={locale} />
      <h1>{text.hours.title}</h1>
      <p>{text.hours.intro}</p>
      {loaded.data.teams.map((team) => {
        const name = locale === "ja" ? team.nameJa : team.nameEn;
        return (
          <section key={team.key} className="account-section" aria-labelledby={`hours-${team.key}`}>
            <h2 id={`hours-${team.key}`}>{name}</h2>
            {team.alwaysOpen ? (
              <p className="notice">{text.hours.alwaysOpen}</p>
            ) : (
              <CalendarForm team={{ key: team.key, name }} calendar={team.calendar} action={calendarAction} />
            )}
          </section>
        );
      })}
    </>
  );
}
