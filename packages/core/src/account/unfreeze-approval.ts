import { z } from "zod";
import { DomainError } from "../errors/domain-error";

export const unfreezeRequestStatuses = ["pending", "approved", "rejected", "withdrawn"] as const;
export type UnfreezeRequestStatus = (typeof unfreezeRequestStatuses)[number];

export type UnfreezeDecision = "approve" | "reject" | "withdraw";

/**
 * Four eyes, as data: who may take each decision on a pending request, and where it leads.
 * Approving or rejecting is for someone other than the requester (the database refuses it
 * too); withdrawing is the requester's own.
 */
export const unfreezeDecisions: Readonly<
  Record<UnfreezeDecision, { by: "other_staff" | "requester"; to: UnfreezeRequestStatus }>
> = {
  approve: { by: "other_staff", to: "approved" },
  reject: { by: "other_staff", to: "rejected" },
  withdraw: { by: "requester", to: "withdrawn" },
};

/**
 * The status a decision moves a request to, or the refusal: CONFLICT once decided (the other
 * approver came first), FORBIDDEN for the requester approving their own request or for someone
 * else withdrawing it.
 */
export function decideUnfreezeRequest(input: {
  request: { status: UnfreezeRequestStatus; requestedById: string };
  decision: UnfreezeDecision;
  staffId: string;
}): UnfreezeRequestStatus {
  if (input.request.status !== "pending") throw new DomainError("CONFLICT", "unfreeze.notPending");
  const rule = unfreezeDecisions[input.decision];
  const isRequester = input.request.requestedById === input.staffId;
  if (rule.by === "other_staff" && isRequester) throw new DomainError("FORBIDDEN", "unfreeze.selfApproval");
  if (rule.by === "requester" && !isRequester) throw new DomainError("FORBIDDEN", "unfreeze.notRequester");
  return rule.to;
}

/** Whether an account may be asked to be unfrozen: only a frozen one. */
export function assertUnfreezable(account: { frozenAt: Date | null }): void {
  if (account.frozenAt === null) throw new DomainError("CONFLICT", "unfreeze.notFrozen");
}

const reason = z.string().trim().min(4).max(2000);

export const unfreezeRequestSchema = z.object({
  customerId: z.uuid(),
  /** The requester attests that the identity checks were done (recorded in the audit). */
  identityChecked: z.literal(true),
  /** The ticket the identity checks were made on (shown to the approver). */
  ticketId: z.uuid().optional(),
  reason,
});

export const unfreezeDecisionSchema = z.object({
  requestId: z.uuid(),
  note: z.string().trim().max(2000).optional(),
});
