import { can } from "@madoguchi/core/access/permissions";
import { canonicalizeEmail } from "@madoguchi/core/account/canonical-email";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { fieldTable } from "@madoguchi/core/inquiry/field-table";
import { canManageTeam } from "@madoguchi/core/queue/ticket-visibility";
import { findSubtype } from "@madoguchi/core/trouble/subtypes";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import {
  compareIdentity,
  isoDate,
  maskPii,
  type PiiField,
  piiTicketFields,
} from "@madoguchi/core/workspace/customer-pii";
import { renderPlaceholders } from "@madoguchi/core/workspace/macro-placeholders";
import { listMacrosForTeam } from "@madoguchi/db/settings/macro-repository";
import {
  findCustomerByCanonicalEmail,
  findStaffTicket,
  listLinkableIncidents,
  listRequesterTickets,
  type StaffTicketDetail,
  type TicketCustomer,
} from "@madoguchi/db/workspace/staff-ticket-queries";
import type { ConsoleCtx } from "./console-procedure";

const DAY = 24 * 60 * 60 * 1000;

/** What the requester typed about themselves (an inquiry filed without signing in). */
export function typedIdentity(ticket: Pick<StaffTicketDetail, "fields" | "contactEmail" | "contactName">) {
  const field = (key: string) => ticket.fields.find((f) => f.key === key)?.value ?? null;
  return {
    email: field("registeredEmail") ?? ticket.contactEmail,
    fullName: field("fullName") ?? ticket.contactName,
    dateOfBirth: field("dateOfBirth"),
  } satisfies Record<PiiField, string | null>;
}

/** The account an anonymous inquiry names, by the address the requester typed. */
export async function identityCandidate(
  ctx: ConsoleCtx,
  ticket: Pick<StaffTicketDetail, "fields" | "contactEmail" | "contactName">,
): Promise<TicketCustomer | null> {
  const canonical = canonicalizeEmail(typedIdentity(ticket).email);
  return canonical.ok ? findCustomerByCanonicalEmail(ctx.db, canonical.email) : null;
}

function maskedAccount(customer: TicketCustomer, now: Date) {
  return {
    id: customer.id,
    masked: {
      email: maskPii("email", customer.email),
      fullName: maskPii("fullName", customer.fullName),
      dateOfBirth: customer.dateOfBirth ? maskPii("dateOfBirth", isoDate(customer.dateOfBirth)) : null,
    },
    plan: customer.plan,
    frozen: customer.frozenAt !== null,
    locked: customer.lockedUntil !== null && customer.lockedUntil > now,
    twoFactorEnabled: customer.twoFactorEnabled,
  };
}

const fieldLabels = new Map<string, string>(fieldTable.map((field) => [field.key, field.label.ja]));

/**
 * A ticket for the workspace. Personal data leaves masked (the account's, and what was typed into
 * the inquiry); revealing a field is `revealPii`, one field at a time, with a reason, audited.
 */
export async function getTicketView(ctx: ConsoleCtx, number: string) {
  const ticket = await findStaffTicket(ctx.db, { number, teams: ctx.visible });
  if (!ticket) throw new DomainError("NOT_FOUND", "ticket.notFound");
  const now = ctx.now();
  const { customer, fields, contactEmail, contactName, ...rest } = ticket;
  const subtype = findSubtype(ticket.troubleType as TroubleType, ticket.subtype);

  let identity = null;
  if (ticket.identityCheck !== "not_required") {
    const candidate = customer ?? (await identityCandidate(ctx, ticket));
    const typed = typedIdentity(ticket);
    identity = {
      state: ticket.identityCheck,
      candidate: candidate ? maskedAccount(candidate, now) : null,
      comparison: candidate
        ? compareIdentity(typed, {
            email: candidate.email,
            fullName: candidate.fullName,
            fullNameKana: candidate.fullNameKana,
            dateOfBirth: candidate.dateOfBirth ? isoDate(candidate.dateOfBirth) : null,
          })
        : null,
    };
  }

  const pastTickets = await listRequesterTickets(ctx.db, {
    customerId: customer?.id ?? null,
    contactEmail,
    excludeId: ticket.id,
    teams: ctx.visible,
    take: 10,
  });
  const values = { ticketNumber: ticket.number, window: ticket.team.nameJa };

  return {
    ...rest,
    subtypeName: subtype?.name.ja ?? ticket.subtype,
    contact: {
      email: maskPii("email", contactEmail),
      name: contactName ? maskPii("fullName", contactName) : null,
    },
    fields: fields.map((field) => {
      const pii = piiTicketFields[field.key] ?? null;
      return {
        key: field.key,
        label: fieldLabels.get(field.key) ?? field.key,
        value: pii ? maskPii(pii, field.value) : field.value,
        pii,
      };
    }),
    customer: customer ? maskedAccount(customer, now) : null,
    identity,
    pastTickets,
    macros: (await listMacrosForTeam(ctx.db, ticket.team.key)).map((macro) => ({
      key: macro.key,
      team: macro.team,
      title: macro.title,
      body: renderPlaceholders(macro.body, values),
      ...(macro.status ? { status: macro.status } : {}),
    })),
    permissions: {
      manageTeam: canManageTeam(ctx.scope, ticket.team.key),
      revealPii: can(ctx.scope.role, "customer.pii.reveal"),
      unfreeze: can(ctx.scope.role, "customer.unfreeze"),
    },
    viewer: { id: ctx.scope.id, displayName: ctx.scope.displayName },
    serverNow: now,
  };
}

export type TicketView = Awaited<ReturnType<typeof getTicketView>>;

/** Incidents a ticket may be linked to. */
export function linkableIncidents(ctx: ConsoleCtx) {
  return listLinkableIncidents(ctx.db, { since: new Date(ctx.now().getTime() - 7 * DAY) });
}
