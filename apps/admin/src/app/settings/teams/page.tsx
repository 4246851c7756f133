import type { Metadata } from "next";
import "@/components/account/account.css";
import { BackToSettings, loadSettings, SettingsRefused } from "@/components/settings/settings-access";
import { settingsText } from "@/components/settings/settings-text";
import "@/components/settings/settings.css";
import { TeamPanel } from "@/components/settings/team-members";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import { autoAssignAction, teamMemberAction } from "../settings-actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: settingsText[await getConsoleLocale()].teams.title };
}

/** Admins: the members of each window and automatic assignment. */
export default async function TeamsSettingsPage() {
  const locale = await getConsoleLocale();
  const text = settingsText[locale];
  const loaded = await loadSettings(async () => (await serverCaller()).settings.teams.list());
  if (!loaded.ok) {
    return (
      <SettingsRefused
        title={text.teams.title}
        reason={loaded.reason}
        locale={locale}
        path="/settings/teams"
      />
    );
  }
  return (
    <>
      <BackToSettings locale={locale} />
      <h1>{text.teams.title}</h1>
      <p>
        <a href="/staff-admin">{text.home.sections.staff.title}</a>
      </p>
      {loaded.data.teams.map((team) => (
        <TeamPanel
          key={team.key}
          team={{
            key: team.key,
            name: locale === "ja" ? team.nameJa : team.nameEn,
            autoAssign: team.autoAssign,
          }}
          members={team.members}
          candidates={loaded.data.staff}
          memberAction={teamMemberAction}
          autoAssignAction={autoAssignAction}
        />
      ))}
    </>
  );
}
