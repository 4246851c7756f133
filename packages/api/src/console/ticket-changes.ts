import { canSeeTicket } from "@madoguchi/core/queue/ticket-visibility";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { TicketPriority } from "@madoguchi/core/routing/ticket-priority";
import type { TeamKey } from "@madoguchi/core/team/teams";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import { checkAssignment, planTransfer } from "@madoguchi/core/workspace/assignment-rules";
import { checkMerge, fieldsToCarry } from "@madoguchi/core/workspace/merge-rules";
import { checkStaffStatusChange, notifiedStatuses } from "@madoguchi/core/workspace/staff-status-rules";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { setTicketStatus } from "@madoguchi/db/ticket/ticket-repository";
import {
  findConsoleStaff,
  findTicketFacts,
  incidentExists,
  listTeamStaff,
  listTicketFields,
} from "@madoguchi/db/workspace/staff-ticket-queries";
import {
  addInternalNote,
  applyTicketChanges,
  linkTicketToIncident,
  mergeTickets,
  type TicketChanges,
  transferTicket,
} from "@madoguchi/db/workspace/staff-ticket-repository";
import { notifyCustomerOfStatusChange } from "../ticket/ticket-notifications";
import { changeTicket } from "./change-ticket";
import { auditStaffAction } from "./console-audit";
import type { ConsoleCtx } from "./console-procedure";
import { recomputeTicketDeadlines } from "./ticket-deadlines";

async function requireTeamMember(tx: DbOrTx, team: TeamKey, staffId: string): Promise<void> {
  const members = await listTeamStaff(tx, { team });
  if (!members.some((member) => member.id === staffId))
    throw new DomainError("INVALID", "workspace.assign.notInTeam");
}

/** Status, priority, assignee and tags from the workspace's controls, over the version shown. */
export async function updateTicket(
  ctx: ConsoleCtx,
  input: {
    number: string;
    version: number;
    status?: TicketStatus | undefined;
    priority?: TicketPriority | undefined;
    assigneeId?: string | null | undefined;
    tags?: string[] | undefined;
  },
): Promise<{ version: number }> {
  const { version } = await changeTicket(ctx, input, async (tx, facts, now) => {
    const changes: TicketChanges = {};
    if (input.priority !== undefined && input.priority !== facts.priority) {
      changes.priority = { from: facts.priority, to: input.priority };
    }
    if (input.assigneeId !== undefined && input.assigneeId !== facts.assigneeId) {
      checkAssignment({
        actor: ctx.scope,
        team: facts.team,
        current: facts.assigneeId,
        next: input.assigneeId,
      });
      if (input.assigneeId) await requireTeamMember(tx, facts.team, input.assigneeId);
      changes.assignee = { from: facts.assigneeId, to: input.assigneeId };
    }
    if (input.tags !== undefined && input.tags.join("\n") !== facts.tags.join("\n")) {
      changes.tags = { from: facts.tags, to: input.tags };
    }
    await applyTicketChanges(tx, { ticketId: facts.id, staffId: ctx.scope.id, now, changes });
    if (changes.priority)
      await recomputeTicketDeadlines(tx, { ticketId: facts.id, priority: changes.priority.to });
    const status = input.status !== undefined && input.status !== facts.status ? input.status : null;
    if (status) {
      checkStaffStatusChange(facts.status, status);
      await setTicketStatus(tx, {
        ticketId: facts.id,
        from: facts.status,
        to: status,
        actor: { kind: "staff", id: ctx.scope.id },
        now,
      });
      if (notifiedStatuses.includes(status)) await notifyCustomerOfStatusChange(tx, { id: facts.id }, status);
    }
    const changed = [...Object.keys(changes), ...(status ? ["status"] : [])];
    if (changed.length > 0) {
      await auditStaffAction(tx, ctx, {
        action: "ticket.updated",
        objectType: "ticket",
        objectId: facts.id,
        data: { number: facts.number, changed },
        at: now,
      });
    }
  });
  return { version };
}

/**
 * Sends a ticket to another window with a note for it. The assignee stays only if they work
 * there too. The caller may not see the ticket afterwards: `visible` tells the console to leave.
 */
export async function transferTicketTo(
  ctx: ConsoleCtx,
  input: { number: string; version: number; team: TeamKey; note: string },
): Promise<{ version: number; visible: boolean }> {
  const { version } = await changeTicket(ctx, input, async (tx, facts, now) => {
    const assignee = facts.assigneeId ? await findConsoleStaff(tx, facts.assigneeId) : null;
    const plan = planTransfer({ from: facts.team, to: input.team, assigneeTeams: assignee?.teams ?? null });
    await transferTicket(tx, {
      ticketId: facts.id,
      staffId: ctx.scope.id,
      now,
      from: facts.team,
      to: input.team,
      keepAssignee: plan.keepAssignee,
    });
    // The new window's hours decide when it is due.
    await recomputeTicketDeadlines(tx, { ticketId: facts.id, priority: facts.priority });
    await addInternalNote(tx, { ticketId: facts.id, staffId: ctx.scope.id, body: input.note, now });
    await auditStaffAction(tx, ctx, {
      action: "ticket.transferred",
      objectType: "ticket",
      objectId: facts.id,
      data: { number: facts.number, from: facts.team, to: input.team },
      at: now,
    });
  });
  return { version, visible: canSeeTicket(ctx.scope, { team: input.team }) };
}

/** Merges this ticket (a duplicate) into another of the same requester the caller can see. */
export async function mergeTicketInto(
  ctx: ConsoleCtx,
  input: { number: string; version: number; into: string },
): Promise<{ version: number; into: string }> {
  const { version } = await changeTicket(ctx, input, async (tx, source, now) => {
    const target = await findTicketFacts(tx, { number: input.into, teams: ctx.visible });
    if (!target) throw new DomainError("NOT_FOUND", "workspace.merge.targetNotFound");
    checkMerge(source, target);
    const carryFields = fieldsToCarry(
      await listTicketFields(tx, source.id),
      await listTicketFields(tx, target.id),
    );
    await mergeTickets(tx, {
      staffId: ctx.scope.id,
      now,
      source: { id: source.id, number: source.number },
      target: { id: target.id, number: target.number },
      carryFields,
    });
    await auditStaffAction(tx, ctx, {
      action: "ticket.merged",
      objectType: "ticket",
      objectId: source.id,
      data: { number: source.number, into: target.number },
      at: now,
    });
  });
  return { version, into: input.into };
}

/** Links the ticket to an incident (or unlinks it with null). */
export async function linkIncident(
  ctx: ConsoleCtx,
  input: { number: string; version: number; incidentId: string | null },
): Promise<{ version: number }> {
  const { version } = await changeTicket(ctx, input, async (tx, facts, now) => {
    if (input.incidentId === facts.incidentId) return;
    if (input.incidentId && !(await incidentExists(tx, input.incidentId)))
      throw new DomainError("NOT_FOUND", "workspace.incident.notFound");
    await linkTicketToIncident(tx, {
      ticketId: facts.id,
      staffId: ctx.scope.id,
      now,
      incidentId: input.incidentId,
      previous: facts.incidentId,
    });
  });
  return { version };
}
