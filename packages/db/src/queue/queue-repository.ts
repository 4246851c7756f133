import type { TeamKey } from "@madoguchi/core/team/teams";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { Db } from "../client/create-client";
import { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";

export type QueueKind =
  { kind: "team"; team: TeamKey } | { kind: "mine" } | { kind: "unassigned" } | { kind: "breaching" };

export interface QueueFilters {
  status?: readonly TicketStatus[];
  priority?: readonly ("low" | "normal" | "high" | "urgent")[];
  troubleType?: string;
  tag?: string;
  assigneeId?: string;
  plan?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

export type QueueSort = "due" | "newest" | "oldest";

export interface QueueCursor {
  at: Date;
  id: string;
}

export interface QueueRow {
  id: string;
  number: string;
  subject: string;
  status: TicketStatus;
  priority: "low" | "normal" | "high" | "urgent";
  troubleType: string;
  subtype: string;
  team: { key: string; nameJa: string; nameEn: string };
  assignee: { id: string; displayName: string } | null;
  plan: string | null;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  /** What the SLA countdown counts to: first response until answered, then resolution. */
  dueAt: Date | null;
}

const OPEN: TicketStatus[] = ["new", "open", "waiting_on_customer"];
/** "Breaching soon": a first response due within this window and not yet given. */
export const BREACHING_WINDOW_MS = 60 * 60 * 1000;

/** The where-clause every staff query starts from: only windows the staff member may see. */
export function visibleTicketsWhere(teams: "all" | readonly TeamKey[]): Prisma.TicketWhereInput {
  return teams === "all" ? { mergedIntoId: null } : { mergedIntoId: null, team: { key: { in: [...teams] } } };
}

function queueWhere(queue: QueueKind, staffId: string, now: Date): Prisma.TicketWhereInput {
  switch (queue.kind) {
    case "team":
      return { team: { key: queue.team }, status: { in: OPEN } };
    case "mine":
      return { assigneeId: staffId, status: { in: OPEN } };
    case "unassigned":
      return { assigneeId: null, status: { in: OPEN } };
    case "breaching":
      return {
        status: { in: ["new", "open"] },
        firstRespondedAt: null,
        firstResponseDueAt: { lte: new Date(now.getTime() + BREACHING_WINDOW_MS) },
      };
  }
}

function filtersWhere(filters: QueueFilters): Prisma.TicketWhereInput[] {
  const where: Prisma.TicketWhereInput[] = [];
  if (filters.status?.length) where.push({ status: { in: [...filters.status] } });
  if (filters.priority?.length) where.push({ priority: { in: [...filters.priority] } });
  if (filters.troubleType)
    where.push({ troubleType: filters.troubleType as Prisma.TicketWhereInput["troubleType"] });
  if (filters.tag) where.push({ tags: { has: filters.tag } });
  if (filters.assigneeId) where.push({ assigneeId: filters.assigneeId });
  if (filters.plan) where.push({ customer: { plan: { code: filters.plan } } });
  if (filters.createdFrom) where.push({ createdAt: { gte: filters.createdFrom } });
  if (filters.createdTo) where.push({ createdAt: { lt: filters.createdTo } });
  return where;
}

const sortColumn = { due: "firstResponseDueAt", newest: "createdAt", oldest: "createdAt" } as const;
const sortDirection = { due: "asc", newest: "desc", oldest: "asc" } as const;

/**
 * One page of a queue, keyset-paginated on (sort column, id) so page 500 costs what page 1 does.
 * `teams` comes from core's visibility rule; the queue and filters only narrow it.
 */
export async function listQueue(
  db: Db,
  input: {
    staffId: string;
    teams: "all" | readonly TeamKey[];
    queue: QueueKind;
    filters?: QueueFilters;
    sort?: QueueSort;
    cursor?: QueueCursor;
    take: number;
    now: Date;
  },
): Promise<{ rows: QueueRow[]; next: QueueCursor | null }> {
  const sort = input.sort ?? "due";
  const column = sortColumn[sort];
  const direction = sortDirection[sort];
  const after = direction === "asc" ? "gt" : "lt";
  const keyset: Prisma.TicketWhereInput[] = input.cursor
    ? [
        {
          OR: [
            { [column]: { [after]: input.cursor.at } },
            { [column]: input.cursor.at, id: { [after]: input.cursor.id } },
          ],
        },
      ]
    : [];
  const rows = await db.ticket.findMany({
    where: {
      AND: [
        visibleTicketsWhere(input.teams),
        queueWhere(input.queue, input.staffId, input.now),
        ...filtersWhere(input.filters ?? {}),
        ...(sort === "due" ? [{ firstResponseDueAt: { not: null } }] : []),
        ...keyset,
      ],
    },
    orderBy: [{ [column]: direction }, { id: direction }],
    take: input.take + 1,
    select: {
      id: true,
      number: true,
      subject: true,
      status: true,
      priority: true,
      troubleType: true,
      subtype: true,
      tags: true,
      createdAt: true,
      updatedAt: true,
      firstResponseDueAt: true,
      resolutionDueAt: true,
      firstRespondedAt: true,
      team: { select: { key: true, nameJa: true, nameEn: true } },
      assignee: { select: { id: true, displayName: true } },
      customer: { select: { plan: { select: { code: true } } } },
    },
  });
  const page = rows.slice(0, input.take).map(({ customer, ...row }) => ({
    ...row,
    plan: customer?.plan.code ?? null,
    dueAt: row.firstRespondedAt ? row.resolutionDueAt : row.firstResponseDueAt,
  }));
  const last = page[page.length - 1];
  const lastAt = last ? (sort === "due" ? last.firstResponseDueAt : last.createdAt) : null;
  return {
    rows: page,
    next: rows.length > input.take && last && lastAt ? { at: lastAt, id: last.id } : null,
  };
}

/** Open tickets per queue the staff member can see, for the sidebar. */
export async function countQueues(
  db: Db,
  input: { staffId: string; teams: "all" | readonly TeamKey[]; now: Date },
): Promise<{ teams: Record<string, number>; mine: number; unassigned: number; breaching: number }> {
  // Every count is of open tickets (breaching ⊂ new/open ⊂ open): one pass over them, counted per
  // window with FILTERs, where four queries read them four times. The conditions are
  // `queueWhere`'s; the queue repository's tests hold each count to the length of its queue.
  const soon = new Date(input.now.getTime() + BREACHING_WINDOW_MS);
  const visible =
    input.teams === "all" ? Prisma.sql`TRUE` : Prisma.sql`team.key = ANY(${[...input.teams]}::text[])`;
  const rows = await db.$queryRaw<
    { team: string; open: number; mine: number; unassigned: number; breaching: number }[]
  >`
    SELECT
      team.key AS team,
      count(*)::int AS open,
      count(*) FILTER (WHERE t.assignee_id = ${input.staffId}::uuid)::int AS mine,
      count(*) FILTER (WHERE t.assignee_id IS NULL)::int AS unassigned,
      count(*) FILTER (
        WHERE t.status IN ('new', 'open') AND t.first_responded_at IS NULL AND t.first_response_due_at <= ${soon}
      )::int AS breaching
    FROM ticket t JOIN team ON team.id = t.team_id
    WHERE t.merged_into_id IS NULL AND t.status IN ('new', 'open', 'waiting_on_customer') AND ${visible}
    GROUP BY team.key`;
  const sum = (key: "mine" | "unassigned" | "breaching") => rows.reduce((total, row) => total + row[key], 0);
  return {
    teams: Object.fromEntries(rows.map((row) => [row.team, row.open])),
    mine: sum("mine"),
    unassigned: sum("unassigned"),
    breaching: sum("breaching"),
  };
}

/**
 * Assigns the most urgent unassigned open ticket of the given windows to the staff member.
 * SKIP LOCKED: two agents pressing "take next" at once never get the same ticket.
 */
export async function takeNextTicket(
  tx: DbOrTx,
  input: { staffId: string; teams: readonly TeamKey[]; now: Date },
): Promise<{ id: string; number: string } | null> {
  if (input.teams.length === 0) return null;
  const rows = await tx.$queryRaw<{ id: string; number: string }[]>`
    SELECT t.id, t.number FROM ticket t JOIN team ON team.id = t.team_id
    WHERE team.key = ANY(${[...input.teams]}::text[]) AND t.assignee_id IS NULL AND t.merged_into_id IS NULL
      AND t.status IN ('new', 'open')
    ORDER BY CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END,
      t.first_response_due_at ASC NULLS LAST, t.created_at ASC
    LIMIT 1
    FOR UPDATE OF t SKIP LOCKED`;
  const picked = rows[0];
  if (!picked) return null;
  await tx.ticket.update({
    where: { id: picked.id },
    data: { assigneeId: input.staffId, version: { increment: 1 }, updatedAt: input.now },
    select: { id: true },
  });
  await tx.ticketEvent.create({
    data: {
      ticketId: picked.id,
      kind: "assigned",
      actorKind: "staff",
      actorId: input.staffId,
      data: { assigneeId: input.staffId, via: "take_next" },
      createdAt: input.now,
    },
    select: { id: true },
  });
  return picked;
}
