import type { Locale } from "@madoguchi/core/locale/locale";
import { teamKeys, teams } from "@madoguchi/core/team/teams";
import {
  type QueueFilters,
  queueFiltersSchema,
  type QueueRef,
  queueSorts,
} from "@madoguchi/core/workspace/queue-schemas";
import { workspaceText } from "./workspace-text";

export type QueueSort = (typeof queueSorts)[number];
type SearchParams = Record<string, string | string[] | undefined>;

/** `/queues/<segment>`: a window's key, or one of the personal queues. */
export function parseQueueSegment(segment: string): QueueRef | null {
  if (segment === "mine" || segment === "unassigned" || segment === "breaching") return { kind: segment };
  return (teamKeys as readonly string[]).includes(segment)
    ? { kind: "team", team: segment as QueueRef extends { team: infer T } ? T : never }
    : null;
}

export function queueSegment(queue: QueueRef): string {
  return queue.kind === "team" ? queue.team : queue.kind;
}

export function queueTitle(queue: QueueRef, locale: Locale = "ja"): string {
  const text = workspaceText[locale].queue;
  switch (queue.kind) {
    case "team":
      return teams.find((team) => team.key === queue.team)?.name[locale] ?? queue.team;
    case "mine":
      return text.mine;
    case "unassigned":
      return text.unassigned;
    case "breaching":
      return text.breaching;
  }
}

const list = (value: string | string[] | undefined) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).filter((v) => v !== "");
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** Filters from the URL; anything invalid is dropped rather than refused (a hand-edited link). */
export function parseQueueSearch(search: SearchParams): { filters: QueueFilters; sort: QueueSort } {
  const raw = {
    status: list(search.status),
    priority: list(search.priority),
    troubleType: one(search.type),
    tag: one(search.tag),
    assigneeId: one(search.assignee),
    plan: one(search.plan),
    createdFrom: one(search.from),
    createdTo: one(search.to),
  };
  const filters: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const checked = queueFiltersSchema.shape[key as keyof QueueFilters].safeParse(value);
    if (checked.success) filters[key] = checked.data;
  }
  const sort = one(search.sort);
  return {
    filters: filters as QueueFilters,
    sort: (queueSorts as readonly string[]).includes(sort ?? "") ? (sort as QueueSort) : "due",
  };
}
