import { teams, type TeamKey } from "@madoguchi/core/team/teams";
import type { QueueRef } from "@madoguchi/core/workspace/queue-schemas";
import styles from "./console.module.css";
import type { ConsoleOutputs } from "./console-text";
import { queueSegment } from "./queue-params";

type Counts = ConsoleOutputs["queue"]["counts"];

/** The queues with their open counts: the caller's windows, then the personal queues. */
export function QueueSidebar({
  current,
  counts,
  visibleTeams,
}: {
  current: QueueRef;
  counts: Counts;
  visibleTeams: readonly TeamKey[];
}) {
  const active = queueSegment(current);
  const link = (segment: string, label: string, count: number | undefined) => (
    <li key={segment}>
      <a href={`/queues/${segment}`} aria-current={segment === active ? "page" : undefined}>
        <span>{label}</span>
        <span className={styles.count}>{count ?? 0}</span>
      </a>
    </li>
  );
  return (
    <nav className={styles.sidebar} aria-label="キュー">
      <h2>窓口</h2>
      <ul>
        {teams
          .filter((team) => visibleTeams.includes(team.key))
          .map((team) => link(team.key, team.name.ja, counts.teams[team.key]))}
      </ul>
      <h2>担当</h2>
      <ul>
        {link("mine", "自分の担当", counts.mine)}
        {link("unassigned", "未割り当て", counts.unassigned)}
        {link("breaching", "期限間近・超過", counts.breaching)}
      </ul>
    </nav>
  );
}
