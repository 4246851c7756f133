import { teams } from "@madoguchi/core/team/teams";
import { troubleTypes } from "@madoguchi/core/trouble/trouble-types";
import { homeText } from "@/components/shell/home-text";
import { SystemHealth } from "@/components/system-health";
import { getConsoleLocale } from "@/i18n/console-locale";

export default async function ConsoleHomePage() {
  const locale = await getConsoleLocale();
  const text = homeText[locale];
  return (
    <>
      <h1>{text.title}</h1>
      <SystemHealth />
      <h2>{text.windows}</h2>
      <ul className="card-grid">
        {teams.map((team) => (
          <li key={team.key} className="card">
            <h3>{team.name[locale]}</h3>
            <p className="muted">
              {troubleTypes
                .filter((type) => type.team === team.key)
                .map((type) => type.name[locale])
                .join(text.listSeparator) || "—"}
            </p>
            <p>{team.alwaysOpen ? text.alwaysOpen : text.businessHours}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
