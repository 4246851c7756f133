import { DomainError } from "@madoguchi/core/errors/domain-error";
import {
  detectStaffAskingForSecrets,
  type StaffRequestKind,
} from "@madoguchi/core/secrets/detect-staff-secret-requests";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import {
  customerAddress,
  renderPlaceholders,
  unknownPlaceholders,
} from "@madoguchi/core/workspace/macro-placeholders";
import { statusAfterStaffReply } from "@madoguchi/core/workspace/staff-status-rules";
import { teams } from "@madoguchi/core/team/teams";
import { addStaffReply } from "@madoguchi/db/ticket/staff-reply-repository";
import { setTicketStatus } from "@madoguchi/db/ticket/ticket-repository";
import { findAddresseeName } from "@madoguchi/db/workspace/staff-ticket-queries";
import {
  addInternalNote,
  applyTicketChanges,
  recordTicketEvent,
} from "@madoguchi/db/workspace/staff-ticket-repository";
import { notifyCustomerOfStaffReply } from "../ticket/ticket-notifications";
import { changeTicket, visibleTicket } from "./change-ticket";
import type { ConsoleCtx } from "./console-procedure";

export type ReplyOutcome =
  | { status: "sent"; version: number; ticketStatus: TicketStatus }
  /** Nothing was sent: the reply asks for something staff never ask for (shown, then confirmed). */
  | {
      status: "warning";
      kinds: StaffRequestKind[];
      findings: { kind: StaffRequestKind; start: number; end: number }[];
    };

/**
 * A public reply: placeholders filled (the name only here, on the server), the first response
 * recorded for the SLA, the status the staff member chose (a new ticket otherwise becomes open),
 * an unassigned ticket assigned to whoever answered, and the customer's notice, in one transaction.
 */
export async function replyToTicket(
  ctx: ConsoleCtx,
  input: {
    number: string;
    version: number;
    body: string;
    status?: TicketStatus | null | undefined;
    sendDespiteWarning: boolean;
    macroKey?: string | null | undefined;
  },
): Promise<ReplyOutcome> {
  const unknown = unknownPlaceholders(input.body);
  if (unknown.length > 0) throw new DomainError("INVALID", "workspace.reply.unknownPlaceholder");
  const findings = detectStaffAskingForSecrets(input.body);
  if (findings.length > 0 && !input.sendDespiteWarning) {
    return { status: "warning", kinds: [...new Set(findings.map((f) => f.kind))], findings };
  }

  const { result, version } = await changeTicket(ctx, input, async (tx, facts, now) => {
    const next = statusAfterStaffReply(facts.status, input.status ?? null);
    const team = teams.find((t) => t.key === facts.team);
    const body = renderPlaceholders(input.body, {
      name: customerAddress(await findAddresseeName(tx, facts.id), facts.locale),
      ticketNumber: facts.number,
      window: team ? team.name[facts.locale] : "",
    });
    const staff = { staffId: ctx.scope.id, now };
    await addStaffReply(tx, { ticketId: facts.id, body, ...staff });
    if (findings.length > 0) {
      await recordTicketEvent(tx, {
        ...staff,
        ticketId: facts.id,
        kind: "secret_warning_overridden",
        data: { kinds: [...new Set(findings.map((f) => f.kind))] },
      });
    }
    if (input.macroKey) {
      await recordTicketEvent(tx, {
        ...staff,
        ticketId: facts.id,
        kind: "macro_used",
        data: { macro: input.macroKey },
      });
    }
    if (facts.assigneeId === null) {
      await applyTicketChanges(tx, {
        ...staff,
        ticketId: facts.id,
        via: "reply",
        changes: { assignee: { from: null, to: ctx.scope.id } },
      });
    }
    if (next !== facts.status) {
      await setTicketStatus(tx, {
        ticketId: facts.id,
        from: facts.status,
        to: next,
        actor: { kind: "staff", id: ctx.scope.id },
        now,
      });
    }
    // One email: the reply is the news, its new status is on the page it points to.
    await notifyCustomerOfStaffReply(tx, { id: facts.id });
    return next;
  });
  return { status: "sent", version, ticketStatus: result };
}

/** A note for colleagues. Notes only add, never overwrite, so they need no version. */
export async function addNote(
  ctx: ConsoleCtx,
  input: { number: string; body: string },
): Promise<{ id: string }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const facts = await visibleTicket(tx, ctx, input.number);
    return addInternalNote(tx, { ticketId: facts.id, staffId: ctx.scope.id, body: input.body, now });
  });
}
