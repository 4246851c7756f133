import type { Locale } from "@madoguchi/core/locale/locale";
import { teams, type TeamKey } from "@madoguchi/core/team/teams";
import type { QueueRef } from "@madoguchi/core/workspace/queue-schemas";
import styles from "./console.module.css";
import type { ConsoleOutputs } from "./console-text";
import { queueSegment, queueTitle } from "./queue-params";
import { workspaceText } from "./workspace-text";

type Counts = ConsoleOutputs["queue"]["counts"];

/** The queues with their open counts: the caller's windows, then the personal queues. */
export function QueueSidebar({
  current,
  counts,
  visibleTeams,
  locale,
}: {
  locale: Locale;
  current: QueueRef;
  counts: Counts;
  visibleTeams: readonly TeamKey[];
}) {
  const active = queueSegment(current);
  const text = workspaceText[locale].queue;
  const link = (segment: string, label: string, count: number | undefined) => (
    <li key={segment}>
      <a href={`/queues/${segment}`} aria-current={segment === active ? "page" : undefined}>
        <span>{label}</span>
        <span className={styles.count}>{count ?? 0}</span>
      </a>
    </li>
  );
  return (
    <nav className={styles.sidebar} aria-label={text.sidebarLabel}>
      <h2>{text.windows}</h2>
      <ul>
        {teams
          .filter((team) => visibleTeams.includes(team.key))
          .map((team) => link(team.key, team.name[locale], counts.teams[team.key]))}
      </ul>
      <h2>{text.assigned}</h2>
      <ul>
        {link("mine", queueTitle({ kind: "mine" }, locale), counts.mine)}
        {link("unassigned", queueTitle({ kind: "unassigned" }, locale), counts.unassigned)}
        {link("breaching", queueTitle({ kind: "breaching" }, locale), counts.breaching)}
      </ul>
    </nav>
  );
}
