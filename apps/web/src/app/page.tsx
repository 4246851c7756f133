import { teams } from "@madoguchi/core/team/teams";
import { troubleTypes } from "@madoguchi/core/trouble/trouble-types";
import { SystemHealth } from "@/components/system-health";

const windowName = new Map(teams.map((team) => [team.key, team.name.ja]));

export default function HomePage() {
  return (
    <>
      <h1>どのようなことでお困りですか？</h1>
      <p className="muted">
        トラブルの種類を選ぶと、解決方法と担当の窓口をご案内します。多くのお困りごとは、お問い合わせの前にヘルプセンターで解決できます。
      </p>
      <SystemHealth />
      <h2>トラブルの種類と担当窓口</h2>
      <ul className="card-grid">
        {troubleTypes.map((type) => (
          <li key={type.key} className="card">
            <h3>{type.name.ja}</h3>
            <p className="muted">{type.examples.ja}</p>
            <p>
              担当窓口：<strong>{windowName.get(type.team)}</strong>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
