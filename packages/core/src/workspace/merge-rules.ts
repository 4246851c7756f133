import { DomainError } from "../errors/domain-error";
import type { TicketStatus } from "../ticket/ticket-lifecycle";

export interface MergeCandidate {
  id: string;
  status: TicketStatus;
  customerId: string | null;
  /** Canonical contact address: what ties two inquiries filed without an account together. */
  contactEmail: string;
  mergedIntoId: string | null;
}

/**
 * Whether `source` (the duplicate) may be merged into `target`. Only one requester's tickets
 * are merged (the merged conversation is shown to that requester), never a ticket already
 * merged, never into a closed one.
 */
export function checkMerge(source: MergeCandidate, target: MergeCandidate): void {
  if (source.id === target.id) throw new DomainError("INVALID", "workspace.merge.self");
  if (source.mergedIntoId !== null || target.mergedIntoId !== null)
    throw new DomainError("CONFLICT", "workspace.merge.alreadyMerged");
  if (target.status === "closed") throw new DomainError("CONFLICT", "workspace.merge.targetClosed");
  const sameRequester =
    source.customerId !== null || target.customerId !== null
      ? source.customerId === target.customerId
      : source.contactEmail === target.contactEmail;
  if (!sameRequester) throw new DomainError("INVALID", "workspace.merge.differentRequester");
}

/** The per-type facts the duplicate adds: those the target does not have already. */
export function fieldsToCarry(
  source: readonly { key: string; value: string }[],
  target: readonly { key: string; value: string }[],
): { key: string; value: string }[] {
  const present = new Set(target.map((field) => field.key));
  return source.filter((field) => !present.has(field.key) && field.value.trim() !== "");
}
