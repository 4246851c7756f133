import type { TeamKey } from "@madoguchi/core/team/teams";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { Db } from "../client/create-client";
import type { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";
import { customerIdByEmail } from "../account/email-lookup";

type Priority = "low" | "normal" | "high" | "urgent";
type ActorKind = "customer" | "staff" | "system";

/** Tickets of the windows a staff member sees (core's `visibleTeams`), merged duplicates included. */
export function teamScope(teams: "all" | readonly TeamKey[]): Prisma.TicketWhereInput {
  return teams === "all" ? {} : { team: { key: { in: [...teams] } } };
}

export interface StaffTicketMessage {
  id: string;
  author: ActorKind;
  staffName: string | null;
  visibility: "public" | "internal";
  body: string;
  redacted: boolean;
  createdAt: Date;
  attachments: { id: string; fileName: string; contentType: string; size: number }[];
}

export interface StaffTicketEvent {
  id: string;
  kind: string;
  actorKind: ActorKind;
  actorName: string | null;
  data: unknown;
  createdAt: Date;
}

/** The account behind a ticket. Personal data: the API masks it before anything leaves. */
export interface TicketCustomer {
  id: string;
  email: string;
  fullName: string;
  fullNameKana: string | null;
  dateOfBirth: Date | null;
  locale: "ja" | "en";
  plan: { code: string; nameJa: string; phoneSupport: boolean };
  frozenAt: Date | null;
  lockedUntil: Date | null;
  twoFactorEnabled: boolean;
}

export interface StaffTicketDetail {
  id: string;
  number: string;
  subject: string;
  status: TicketStatus;
  priority: Priority;
  troubleType: string;
  subtype: string;
  tags: string[];
  locale: "ja" | "en";
  version: number;
  identityCheck: "not_required" | "pending" | "verified" | "rejected";
  contactEmail: string;
  contactName: string | null;
  createdAt: Date;
  updatedAt: Date;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  csatScore: number | null;
  csatComment: string | null;
  team: { key: TeamKey; nameJa: string; nameEn: string };
  assignee: { id: string; displayName: string } | null;
  incident: { id: string; titleJa: string; status: string } | null;
  mergedInto: { number: string } | null;
  merged: { number: string; subject: string }[];
  fields: { key: string; value: string }[];
  messages: StaffTicketMessage[];
  events: StaffTicketEvent[];
  customer: TicketCustomer | null;
}

const customerSelect = {
  id: true,
  email: true,
  fullName: true,
  fullNameKana: true,
  dateOfBirth: true,
  locale: true,
  frozenAt: true,
  lockedUntil: true,
  totpEnabledAt: true,
  plan: { select: { code: true, nameJa: true, phoneSupport: true } },
} as const;

function toCustomer(row: Prisma.CustomerGetPayload<{ select: typeof customerSelect }>): TicketCustomer {
  const { totpEnabledAt, ...customer } = row;
  return { ...customer, twoFactorEnabled: totpEnabledAt !== null };
}

/**
 * A ticket as the console shows it: internal notes, every event, the account behind it. Null
 * when the ticket does not exist or lies outside the staff member's windows (the same answer).
 */
export async function findStaffTicket(
  db: Db,
  input: { number: string; teams: "all" | readonly TeamKey[] },
): Promise<StaffTicketDetail | null> {
  const row = await db.ticket.findFirst({
    where: { number: input.number, ...teamScope(input.teams) },
    select: {
      id: true,
      number: true,
      subject: true,
      status: true,
      priority: true,
      troubleType: true,
      subtype: true,
      tags: true,
      locale: true,
      version: true,
      identityCheck: true,
      contactEmail: true,
      contactName: true,
      createdAt: true,
      updatedAt: true,
      firstResponseDueAt: true,
      resolutionDueAt: true,
      firstRespondedAt: true,
      resolvedAt: true,
      closedAt: true,
      csatScore: true,
      csatComment: true,
      team: { select: { key: true, nameJa: true, nameEn: true } },
      assignee: { select: { id: true, displayName: true } },
      incident: { select: { id: true, titleJa: true, status: true } },
      mergedInto: { select: { number: true } },
      merged: { select: { number: true, subject: true }, orderBy: { createdAt: "asc" } },
      fields: { select: { key: true, value: true } },
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          authorKind: true,
          visibility: true,
          body: true,
          redacted: true,
          createdAt: true,
          staff: { select: { displayName: true } },
          attachments: {
            select: { id: true, fileName: true, contentType: true, size: true },
            orderBy: { createdAt: "asc" },
          },
        },
      },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, actorKind: true, actorId: true, data: true, createdAt: true },
      },
      customer: { select: customerSelect },
    },
  });
  if (!row) return null;
  const staffIds = [
    ...new Set(
      row.events.filter((e) => e.actorKind === "staff" && e.actorId).map((e) => e.actorId as string),
    ),
  ];
  const names = new Map(
    (
      await db.staff.findMany({ where: { id: { in: staffIds } }, select: { id: true, displayName: true } })
    ).map((staff) => [staff.id, staff.displayName]),
  );
  const { customer, messages, events, team, ...ticket } = row;
  return {
    ...ticket,
    team: { ...team, key: team.key as TeamKey },
    messages: messages.map(({ authorKind, staff, ...message }) => ({
      ...message,
      author: authorKind,
      staffName: staff?.displayName ?? null,
    })),
    events: events.map(({ actorId, ...event }) => ({
      ...event,
      actorName: event.actorKind === "staff" && actorId ? (names.get(actorId) ?? null) : null,
    })),
    customer: customer ? toCustomer(customer) : null,
  };
}

/** What a change to a ticket is decided on. */
export interface TicketFacts {
  id: string;
  number: string;
  status: TicketStatus;
  priority: Priority;
  team: TeamKey;
  assigneeId: string | null;
  customerId: string | null;
  contactEmail: string;
  contactName: string | null;
  identityCheck: "not_required" | "pending" | "verified" | "rejected";
  version: number;
  mergedIntoId: string | null;
  incidentId: string | null;
  tags: string[];
  locale: "ja" | "en";
}

export async function findTicketFacts(
  db: DbOrTx,
  input: { number: string; teams: "all" | readonly TeamKey[] },
): Promise<TicketFacts | null> {
  const row = await db.ticket.findFirst({
    where: { number: input.number, ...teamScope(input.teams) },
    select: {
      id: true,
      number: true,
      status: true,
      priority: true,
      assigneeId: true,
      customerId: true,
      contactEmail: true,
      contactName: true,
      identityCheck: true,
      version: true,
      mergedIntoId: true,
      incidentId: true,
      tags: true,
      locale: true,
      team: { select: { key: true } },
    },
  });
  if (!row) return null;
  const { team, ...facts } = row;
  return { ...facts, team: team.key as TeamKey };
}

/** The facts of several tickets by id, only those inside the staff member's windows. */
export async function findTicketsFacts(
  db: DbOrTx,
  input: { ids: readonly string[]; teams: "all" | readonly TeamKey[] },
): Promise<TicketFacts[]> {
  const rows = await db.ticket.findMany({
    where: { id: { in: [...input.ids] }, mergedIntoId: null, ...teamScope(input.teams) },
    select: {
      id: true,
      number: true,
      status: true,
      priority: true,
      assigneeId: true,
      customerId: true,
      contactEmail: true,
      contactName: true,
      identityCheck: true,
      version: true,
      mergedIntoId: true,
      incidentId: true,
      tags: true,
      locale: true,
      team: { select: { key: true } },
    },
  });
  return rows.map(({ team, ...facts }) => ({ ...facts, team: team.key as TeamKey }));
}

/** The requester's other tickets in the windows the staff member sees, newest first. */
export async function listRequesterTickets(
  db: Db,
  input: {
    customerId: string | null;
    contactEmail: string;
    excludeId: string;
    teams: "all" | readonly TeamKey[];
    take: number;
  },
): Promise<
  {
    number: string;
    subject: string;
    status: TicketStatus;
    createdAt: Date;
    teamNameJa: string;
    teamNameEn: string;
  }[]
> {
  const rows = await db.ticket.findMany({
    where: {
      AND: [
        input.customerId
          ? { customerId: input.customerId }
          : { customerId: null, contactEmail: input.contactEmail },
        { id: { not: input.excludeId }, mergedIntoId: null },
        teamScope(input.teams),
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.take,
    select: {
      number: true,
      subject: true,
      status: true,
      createdAt: true,
      team: { select: { nameJa: true, nameEn: true } },
    },
  });
  return rows.map(({ team, ...row }) => ({ ...row, teamNameJa: team.nameJa, teamNameEn: team.nameEn }));
}

/** The account an inquiry filed without signing in names, by its address in any case. */
export async function findCustomerByCanonicalEmail(
  db: DbOrTx,
  email: string,
): Promise<TicketCustomer | null> {
  const id = await customerIdByEmail(db, email);
  const row = id && (await db.customer.findUnique({ where: { id }, select: customerSelect }));
  return row ? toCustomer(row) : null;
}

export async function findTicketCustomer(db: DbOrTx, customerId: string): Promise<TicketCustomer | null> {
  const row = await db.customer.findUnique({ where: { id: customerId }, select: customerSelect });
  return row ? toCustomer(row) : null;
}

/** Incidents a ticket may be linked to: those not over yet, and the last week's. */
export async function listLinkableIncidents(
  db: Db,
  input: { since: Date },
): Promise<{ id: string; titleJa: string; status: string; kind: string; createdAt: Date }[]> {
  return db.incident.findMany({
    where: {
      OR: [{ status: { notIn: ["resolved", "completed"] } }, { createdAt: { gte: input.since } }],
    },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, titleJa: true, status: true, kind: true, createdAt: true },
  });
}

export async function incidentExists(db: DbOrTx, id: string): Promise<boolean> {
  return (await db.incident.count({ where: { id } })) > 0;
}

/** Active staff of a window: who a ticket of it may be assigned to. */
export async function listTeamStaff(
  db: DbOrTx,
  input: { team: TeamKey },
): Promise<{ id: string; displayName: string; role: "agent" | "lead" | "admin" }[]> {
  return db.staff.findMany({
    where: { active: true, memberships: { some: { team: { key: input.team } } } },
    orderBy: [{ role: "asc" }, { displayName: "asc" }],
    select: { id: true, displayName: true, role: true },
  });
}

/** An active staff member's name and windows; null for an unknown or deactivated one. */
export async function findConsoleStaff(
  db: DbOrTx,
  staffId: string,
): Promise<{ displayName: string; teams: TeamKey[] } | null> {
  const row = await db.staff.findFirst({
    where: { id: staffId, active: true },
    select: { displayName: true, memberships: { select: { team: { select: { key: true } } } } },
  });
  return row
    ? { displayName: row.displayName, teams: row.memberships.map((m) => m.team.key as TeamKey) }
    : null;
}

/** How a reply addresses the requester: the account's name, else the name given when filing. */
export async function findAddresseeName(db: DbOrTx, ticketId: string): Promise<string | null> {
  const row = await db.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: {
      contactName: true,
      customer: { select: { fullName: true } },
      fields: { where: { key: "fullName" }, select: { value: true } },
    },
  });
  return row.customer?.fullName ?? row.contactName ?? row.fields[0]?.value ?? null;
}

export async function listTicketFields(
  db: DbOrTx,
  ticketId: string,
): Promise<{ key: string; value: string }[]> {
  return db.ticketField.findMany({ where: { ticketId }, select: { key: true, value: true } });
}

/** An attachment's storage facts, only on a ticket of the staff member's windows. */
export async function findStaffAttachment(
  db: Db,
  input: { attachmentId: string; teams: "all" | readonly TeamKey[] },
): Promise<{ storageKey: string; fileName: string; contentType: string; size: number } | null> {
  return db.attachment.findFirst({
    where: { id: input.attachmentId, ticket: teamScope(input.teams) },
    select: { storageKey: true, fileName: true, contentType: true, size: true },
  });
}
