import { teams } from "@madoguchi/core/team/teams";
import { troubleTypes } from "@madoguchi/core/trouble/trouble-types";
import { SystemHealth } from "@/components/system-health";

export default function ConsoleHomePage() {
  return (
    <>
      <h1>管理コンソール</h1>
      <SystemHealth />
      <h2>窓口（チーム）</h2>
      <ul className="card-grid">
        {teams.map((team) => (
          <li key={team.key} className="card">
            <h3>{team.name.ja}</h3>
            <p className="muted">
              {troubleTypes
                .filter((type) => type.team === team.key)
                .map((type) => type.name.ja)
                .join("、") || "—"}
            </p>
            <p>{team.alwaysOpen ? "24時間365日対応" : "営業時間内対応"}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
