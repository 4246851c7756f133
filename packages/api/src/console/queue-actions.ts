import { canManageTeam, canSeeTicket } from "@madoguchi/core/queue/ticket-visibility";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { TeamKey } from "@madoguchi/core/team/teams";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import {
  encodeQueueCursor,
  jstDayRange,
  type QueueFilters,
  type QueueRef,
} from "@madoguchi/core/workspace/queue-schemas";
import { canStaffMoveTo, notifiedStatuses } from "@madoguchi/core/workspace/staff-status-rules";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { countQueues, listQueue, takeNextTicket } from "@madoguchi/db/queue/queue-repository";
import { setTicketStatus } from "@madoguchi/db/ticket/ticket-repository";
import {
  findTicketsFacts,
  listTeamStaff,
  type TicketFacts,
} from "@madoguchi/db/workspace/staff-ticket-queries";
import { applyTicketChanges, bumpVersions } from "@madoguchi/db/workspace/staff-ticket-repository";
import { notifyCustomerOfStatusChange } from "../ticket/ticket-notifications";
import { auditStaffAction } from "./console-audit";
import type { ConsoleCtx } from "./console-procedure";

export const QUEUE_PAGE_SIZE = 50;

function requireVisibleTeam(ctx: ConsoleCtx, team: TeamKey): void {
  if (!canSeeTicket(ctx.scope, { team })) throw new DomainError("FORBIDDEN", "workspace.queue.notYours");
}

export async function listQueuePage(
  ctx: ConsoleCtx,
  input: {
    queue: QueueRef;
    filters: QueueFilters;
    sort: "due" | "newest" | "oldest";
    cursor?: { at: Date; id: string } | null | undefined;
  },
) {
  if (input.queue.kind === "team") requireVisibleTeam(ctx, input.queue.team);
  const { createdFrom, createdTo, ...filters } = input.filters;
  const days = jstDayRange(createdFrom, createdTo);
  const now = ctx.now();
  const page = await listQueue(ctx.db, {
    staffId: ctx.scope.id,
    teams: ctx.visible,
    queue: input.queue,
    filters: {
      ...filters,
      ...(days.from ? { createdFrom: days.from } : {}),
      ...(days.to ? { createdTo: days.to } : {}),
    },
    sort: input.sort,
    take: QUEUE_PAGE_SIZE,
    now,
    ...(input.cursor ? { cursor: input.cursor } : {}),
  });
  return { rows: page.rows, next: encodeQueueCursor(page.next), serverNow: now };
}

export async function queueCounts(ctx: ConsoleCtx) {
  return countQueues(ctx.db, { staffId: ctx.scope.id, teams: ctx.visible, now: ctx.now() });
}

/** The most urgent unassigned ticket of a window the staff member works in, now theirs. */
export async function takeNext(
  ctx: ConsoleCtx,
  input: { team: TeamKey },
): Promise<{ number: string } | null> {
  requireVisibleTeam(ctx, input.team);
  const now = ctx.now();
  const taken = await ctx.db.$transaction((tx) =>
    takeNextTicket(tx, { staffId: ctx.scope.id, teams: [input.team], now }),
  );
  return taken ? { number: taken.number } : null;
}

/** Assignable staff of a window (the assignee pickers). */
export async function teamAssignees(ctx: ConsoleCtx, input: { team: TeamKey }) {
  requireVisibleTeam(ctx, input.team);
  return listTeamStaff(ctx.db, { team: input.team });
}

/**
 * The tickets of a bulk action, all of them inside windows the staff member manages. One that is
 * missing or out of sight fails the whole action, as NOT_FOUND (its existence does not leak).
 */
async function managedTickets(tx: DbOrTx, ctx: ConsoleCtx, ids: readonly string[]): Promise<TicketFacts[]> {
  const unique = [...new Set(ids)];
  const tickets = await findTicketsFacts(tx, { ids: unique, teams: ctx.visible });
  if (tickets.length !== unique.length) throw new DomainError("NOT_FOUND", "ticket.notFound");
  if (!tickets.every((ticket) => canManageTeam(ctx.scope, ticket.team)))
    throw new DomainError("FORBIDDEN", "workspace.queue.notManaged");
  return tickets;
}

export interface BulkResult {
  updated: number;
  /** Tickets left as they were (already so, or a status the table does not allow from theirs). */
  skipped: string[];
}

export async function bulkAssign(
  ctx: ConsoleCtx,
  input: { ticketIds: string[]; assigneeId: string | null },
): Promise<BulkResult> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const tickets = await managedTickets(tx, ctx, input.ticketIds);
    if (input.assigneeId) {
      for (const team of new Set(tickets.map((ticket) => ticket.team))) {
        const staff = await listTeamStaff(tx, { team });
        if (!staff.some((member) => member.id === input.assigneeId))
          throw new DomainError("INVALID", "workspace.assign.notInTeam");
      }
    }
    const changed = tickets.filter((ticket) => ticket.assigneeId !== input.assigneeId);
    for (const ticket of changed) {
      await applyTicketChanges(tx, {
        ticketId: ticket.id,
        staffId: ctx.scope.id,
        now,
        via: "bulk",
        changes: { assignee: { from: ticket.assigneeId, to: input.assigneeId } },
      });
    }
    return finishBulk(tx, ctx, {
      action: "ticket.bulk.assigned",
      tickets,
      changed,
      now,
      data: { assigneeId: input.assigneeId },
    });
  });
}

export async function bulkStatus(
  ctx: ConsoleCtx,
  input: { ticketIds: string[]; status: TicketStatus },
): Promise<BulkResult> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const tickets = await managedTickets(tx, ctx, input.ticketIds);
    const changed = tickets.filter(
      (ticket) => ticket.status !== input.status && canStaffMoveTo(ticket.status, input.status),
    );
    for (const ticket of changed) {
      await setTicketStatus(tx, {
        ticketId: ticket.id,
        from: ticket.status,
        to: input.status,
        actor: { kind: "staff", id: ctx.scope.id },
        data: { via: "bulk" },
        now,
      });
      if (notifiedStatuses.includes(input.status)) {
        await notifyCustomerOfStatusChange(tx, { id: ticket.id }, input.status);
      }
    }
    return finishBulk(tx, ctx, {
      action: "ticket.bulk.status_changed",
      tickets,
      changed,
      now,
      data: { status: input.status },
    });
  });
}

export async function bulkTag(
  ctx: ConsoleCtx,
  input: { ticketIds: string[]; add: string[]; remove: string[] },
): Promise<BulkResult> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const tickets = await managedTickets(tx, ctx, input.ticketIds);
    const next = (tags: string[]) =>
      [...new Set([...tags, ...input.add])].filter((tag) => !input.remove.includes(tag)).slice(0, 20);
    const changed = tickets.filter((ticket) => next(ticket.tags).join("\n") !== ticket.tags.join("\n"));
    for (const ticket of changed) {
      await applyTicketChanges(tx, {
        ticketId: ticket.id,
        staffId: ctx.scope.id,
        now,
        via: "bulk",
        changes: { tags: { from: ticket.tags, to: next(ticket.tags) } },
      });
    }
    return finishBulk(tx, ctx, {
      action: "ticket.bulk.tagged",
      tickets,
      changed,
      now,
      data: { add: input.add, remove: input.remove },
    });
  });
}

async function finishBulk(
  tx: DbOrTx,
  ctx: ConsoleCtx,
  input: {
    action: string;
    tickets: TicketFacts[];
    changed: TicketFacts[];
    now: Date;
    data: Record<string, string | string[] | null>;
  },
): Promise<BulkResult> {
  // Bulk changes do not carry versions; bumping them makes an open workspace's next save reload.
  await bumpVersions(tx, { ticketIds: input.changed.map((ticket) => ticket.id), now: input.now });
  await auditStaffAction(tx, ctx, {
    action: input.action,
    objectType: "ticket",
    objectId: null,
    data: { ...input.data, tickets: input.changed.map((ticket) => ticket.number) },
    at: input.now,
  });
  const changed = new Set(input.changed.map((ticket) => ticket.id));
  return {
    updated: changed.size,
    skipped: input.tickets.filter((ticket) => !changed.has(ticket.id)).map((ticket) => ticket.number),
  };
}
