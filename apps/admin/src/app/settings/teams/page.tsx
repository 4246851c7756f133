import { SettingsSectionPage, settingsMetadata } from "@/components/settings/settings-section-page";
import { TeamPanel } from "@/components/settings/team-members";
import { serverCaller } from "@/trpc/server";
import { autoAssignAction, teamMemberAction } from "../settings-actions";

export const dynamic = "force-dynamic";

export const generateMetadata = settingsMetadata("teams");

/** Admins: the members of each window and automatic assignment. */
export default function TeamsSettingsPage() {
  return (
    <SettingsSectionPage section="teams" load={async () => (await serverCaller()).settings.teams.list()}>
      {(data, { locale, text }) => (
        <>
          <p>
            <a href="/staff-admin">{text.home.sections.staff.title}</a>
          </p>
          {data.teams.map((team) => (
            <TeamPanel
              key={team.key}
              team={{
                key: team.key,
                name: locale === "ja" ? team.nameJa : team.nameEn,
                autoAssign: team.autoAssign,
              }}
              members={team.members}
              candidates={data.staff}
              memberAction={teamMemberAction}
              autoAssignAction={autoAssignAction}
            />
          ))}
        </>
      )}
    </SettingsSectionPage>
  );
}
