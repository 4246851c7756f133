import { canonicalizeEmail } from "@madoguchi/core/account/canonical-email";
import { DomainError, RateLimitedError } from "@madoguchi/core/errors/domain-error";
import {
  compareIdentity,
  isoDate,
  type PiiField,
  type PiiSource,
} from "@madoguchi/core/workspace/customer-pii";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import {
  findCustomerByCanonicalEmail,
  findTicketCustomer,
  listTicketFields,
  type TicketCustomer,
} from "@madoguchi/db/workspace/staff-ticket-queries";
import type { TicketFacts } from "@madoguchi/db/workspace/staff-ticket-queries";
import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { addInternalNote, decideIdentity } from "@madoguchi/db/workspace/staff-ticket-repository";
import { changeTicket, visibleTicket } from "./change-ticket";
import { auditStaffAction } from "./console-audit";
import type { ConsoleCtx } from "./console-procedure";
import { typedIdentity } from "./ticket-view";

/** Reveals are for a case at hand, not for browsing: a generous cap per staff member and hour. */
const revealLimit = { limit: 60, windowMs: 60 * 60 * 1000 };

async function typedOf(db: DbOrTx, facts: TicketFacts) {
  return typedIdentity({
    fields: await listTicketFields(db, facts.id),
    contactEmail: facts.contactEmail,
    contactName: facts.contactName,
  });
}

/** The account a ticket belongs to, or for an inquiry filed without an account, the one it names. */
async function accountOf(db: DbOrTx, facts: TicketFacts): Promise<TicketCustomer | null> {
  if (facts.customerId) return findTicketCustomer(db, facts.customerId);
  const canonical = canonicalizeEmail((await typedOf(db, facts)).email ?? "");
  return canonical.ok ? findCustomerByCanonicalEmail(db, canonical.email) : null;
}

function accountValue(customer: TicketCustomer, field: PiiField): string | null {
  switch (field) {
    case "email":
      return customer.email;
    case "fullName":
      return customer.fullName;
    case "dateOfBirth":
      return customer.dateOfBirth ? isoDate(customer.dateOfBirth) : null;
  }
}

/**
 * One field of personal data in clear, for a reason the staff member gives. The audit entry is
 * written before the value is returned: no entry, no value.
 */
export async function revealPii(
  ctx: ConsoleCtx,
  input: { number: string; field: PiiField; source: PiiSource; reason: string },
): Promise<{ value: string }> {
  const now = ctx.now();
  const facts = await visibleTicket(ctx.db, ctx, input.number);
  const throttle = await hitRateLimit(ctx.db, { key: `pii-reveal:${ctx.scope.id}`, ...revealLimit }, now);
  if (!throttle.allowed) throw new RateLimitedError("workspace.pii.tooMany", throttle.retryAfterSeconds);

  let value: string | null;
  let objectType: "customer" | "ticket";
  let objectId: string | null;
  if (input.source === "account") {
    const customer = await accountOf(ctx.db, facts);
    value = customer ? accountValue(customer, input.field) : null;
    objectType = "customer";
    objectId = customer?.id ?? null;
  } else {
    value = (await typedOf(ctx.db, facts))[input.field];
    objectType = "ticket";
    objectId = facts.id;
  }
  if (!value) throw new DomainError("NOT_FOUND", "workspace.pii.none");
  await auditStaffAction(ctx.db, ctx, {
    action: "customer.pii.revealed",
    objectType,
    objectId,
    data: { field: input.field, source: input.source, reason: input.reason, ticket: facts.number },
    at: now,
  });
  return { value };
}

/**
 * Staff's decision on an inquiry filed without signing in: verified (the typed facts match the
 * account they name; the ticket joins that account) or not verified. Decided once; audited.
 * Unfreezing a frozen account is a separate step with its own approval.
 */
export async function verifyIdentity(
  ctx: ConsoleCtx,
  input: { number: string; version: number; decision: "verified" | "rejected"; note?: string | undefined },
): Promise<{ version: number }> {
  const { version } = await changeTicket(ctx, input, async (tx, facts, now) => {
    if (facts.identityCheck !== "pending") throw new DomainError("CONFLICT", "workspace.identity.notPending");
    const account = await accountOf(tx, facts);
    if (input.decision === "verified" && !account)
      throw new DomainError("INVALID", "workspace.identity.noAccount");
    const comparison = account
      ? compareIdentity(await typedOf(tx, facts), {
          email: account.email,
          fullName: account.fullName,
          fullNameKana: account.fullNameKana,
          dateOfBirth: account.dateOfBirth ? isoDate(account.dateOfBirth) : null,
        })
      : null;
    await decideIdentity(tx, {
      ticketId: facts.id,
      staffId: ctx.scope.id,
      now,
      decision: input.decision,
      customerId: account?.id ?? null,
    });
    if (input.note)
      await addInternalNote(tx, { ticketId: facts.id, staffId: ctx.scope.id, body: input.note, now });
    await auditStaffAction(tx, ctx, {
      action: input.decision === "verified" ? "ticket.identity.verified" : "ticket.identity.rejected",
      objectType: "ticket",
      objectId: facts.id,
      data: { number: facts.number, account: account?.id ?? null, comparison },
      at: now,
    });
  });
  return { version };
}
