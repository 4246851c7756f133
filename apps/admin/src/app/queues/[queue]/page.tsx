import { can } from "@madoguchi/core/access/permissions";
import { visibleTeams } from "@madoguchi/core/queue/ticket-visibility";
import { teamKeys, type TeamKey } from "@madoguchi/core/team/teams";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { refusalNotice } from "@/components/console/console-access";
import styles from "@/components/console/console.module.css";
import { QueueFiltersForm } from "@/components/console/queue-filters";
import { parseQueueSearch, parseQueueSegment, queueTitle } from "@/components/console/queue-params";
import { QueueSidebar } from "@/components/console/queue-sidebar";
import { QueueTable } from "@/components/console/queue-table";
import { workspaceText } from "@/components/console/workspace-text";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";

type Props = {
  params: Promise<{ queue: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const queue = parseQueueSegment((await params).queue);
  const locale = await getConsoleLocale();
  return { title: queue ? queueTitle(queue, locale) : workspaceText[locale].queue.pageTitle };
}

/** One queue: rendered on the server for a fast first paint, then a live client table. */
export default async function QueuePage({ params, searchParams }: Props) {
  const queue = parseQueueSegment((await params).queue);
  if (!queue) notFound();
  const { filters, sort } = parseQueueSearch(await searchParams);
  const locale = await getConsoleLocale();
  const title = queueTitle(queue, locale);
  const caller = await serverCaller();
  try {
    const [me, counts, page] = await Promise.all([
      caller.staff.me(),
      caller.queue.counts(),
      caller.queue.list({ queue, filters, sort }),
    ]);
    const scope = { role: me.role, teams: me.teams.map((team) => team.key as TeamKey) };
    const visible = visibleTeams(scope);
    const team = queue.kind === "team" ? queue.team : null;
    // Leads manage every window they see (core's visibility and canManageTeam agree for them).
    const canBulk = can(me.role, "queue.manage");
    const assignees = team ? await caller.queue.assignees({ team }) : [];
    return (
      <div className={`${styles.console} ${styles.layout}`}>
        <QueueSidebar
          locale={locale}
          current={queue}
          counts={counts}
          visibleTeams={visible === "all" ? teamKeys : visible}
        />
        <section aria-labelledby="queue-title">
          <h1 id="queue-title">{title}</h1>
          <QueueFiltersForm
            locale={locale}
            action={`/queues/${(await params).queue}`}
            filters={filters}
            sort={sort}
            assignees={assignees}
          />
          <QueueTable
            key={JSON.stringify({ queue, filters, sort })}
            queue={queue}
            filters={filters}
            sort={sort}
            initialPage={page}
            canBulk={canBulk}
            assignees={assignees}
            takeNextTeam={team}
          />
        </section>
      </div>
    );
  } catch (error) {
    const notice = refusalNotice(error, title, locale);
    if (notice) return notice;
    throw error;
  }
}
