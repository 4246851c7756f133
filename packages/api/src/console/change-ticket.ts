import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { findTicketFacts, type TicketFacts } from "@madoguchi/db/workspace/staff-ticket-queries";
import { claimTicketVersion, currentVersion } from "@madoguchi/db/workspace/staff-ticket-repository";
import type { ConsoleCtx } from "./console-procedure";

/** A ticket of the caller's windows, not merged away; anything else is NOT_FOUND. */
export async function visibleTicket(db: DbOrTx, ctx: ConsoleCtx, number: string): Promise<TicketFacts> {
  const facts = await findTicketFacts(db, { number, teams: ctx.visible });
  if (!facts) throw new DomainError("NOT_FOUND", "ticket.notFound");
  if (facts.mergedIntoId) throw new DomainError("CONFLICT", "workspace.ticket.merged");
  return facts;
}

/**
 * One change to a ticket, saved only over the version the staff member was looking at: the
 * version is claimed first (`WHERE id AND version`), so a second writer of that version gets
 * CONFLICT and the console asks them to reload. `work` then decides on facts that cannot move
 * under it, in the same transaction. Returns the ticket's new version.
 */
export async function changeTicket<T>(
  ctx: ConsoleCtx,
  ref: { number: string; version: number },
  work: (tx: DbOrTx, facts: TicketFacts, now: Date) => Promise<T>,
): Promise<{ result: T; version: number }> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const facts = await visibleTicket(tx, ctx, ref.number);
    if (facts.version !== ref.version) throw new DomainError("CONFLICT", "workspace.conflict");
    if (!(await claimTicketVersion(tx, { ticketId: facts.id, version: ref.version, now })))
      throw new DomainError("CONFLICT", "workspace.conflict");
    const result = await work(tx, { ...facts, version: ref.version + 1 }, now);
    return { result, version: await currentVersion(tx, facts.id) };
  });
}
