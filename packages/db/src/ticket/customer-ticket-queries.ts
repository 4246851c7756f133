import { customerVisibleEvents, type TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import type { Db } from "../client/create-client";

export interface CustomerTicketRow {
  number: string;
  subject: string;
  status: TicketStatus;
  troubleType: TroubleType;
  subtype: string;
  team: { key: string; nameJa: string; nameEn: string };
  createdAt: Date;
  updatedAt: Date;
}

const rowSelect = {
  number: true,
  subject: true,
  status: true,
  troubleType: true,
  subtype: true,
  createdAt: true,
  updatedAt: true,
  team: { select: { key: true, nameJa: true, nameEn: true } },
} as const;

/**
 * The customer's own tickets, newest activity first, keyset-paginated on (updatedAt, id).
 * Merged duplicates are hidden: the ticket they were merged into carries the conversation.
 */
export async function listCustomerTickets(
  db: Db,
  input: {
    customerId: string;
    status?: TicketStatus;
    take: number;
    cursor?: { updatedAt: Date; id: string };
  },
): Promise<{ rows: CustomerTicketRow[]; next: { updatedAt: Date; id: string } | null }> {
  const rows = await db.ticket.findMany({
    where: {
      customerId: input.customerId,
      mergedIntoId: null,
      ...(input.status ? { status: input.status } : {}),
      ...(input.cursor
        ? {
            OR: [
              { updatedAt: { lt: input.cursor.updatedAt } },
              { updatedAt: input.cursor.updatedAt, id: { lt: input.cursor.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: input.take + 1,
    select: { ...rowSelect, id: true },
  });
  const page = rows.slice(0, input.take);
  const last = page[page.length - 1];
  return {
    rows: page.map(({ id: _id, ...row }) => row),
    next: rows.length > input.take && last ? { updatedAt: last.updatedAt, id: last.id } : null,
  };
}

export interface CustomerTicketDetail extends CustomerTicketRow {
  id: string;
  resolvedAt: Date | null;
  csatScore: number | null;
  firstResponseDueAt: Date | null;
  fields: { key: string; value: string }[];
  messages: {
    id: string;
    author: "customer" | "staff" | "system";
    staffName: string | null;
    body: string;
    redacted: boolean;
    createdAt: Date;
    attachments: { id: string; fileName: string; contentType: string; size: number }[];
  }[];
  events: { kind: string; data: unknown; createdAt: Date }[];
}

/** One ticket of the customer's, by number; another customer's ticket is null, as a missing one. */
export async function findCustomerTicket(
  db: Db,
  input: { customerId: string; number: string },
): Promise<CustomerTicketDetail | null> {
  return findPublicTicket(db, { number: input.number, customerId: input.customerId });
}

/**
 * A ticket by number for whoever proved its contact address with an emailed code (login trouble
 * filed without signing in); any other address finds nothing.
 */
export async function findTicketForContact(
  db: Db,
  input: { contactEmail: string; number: string },
): Promise<CustomerTicketDetail | null> {
  return findPublicTicket(db, { number: input.number, contactEmail: input.contactEmail });
}

/** What a customer may see of a ticket: public messages and customer-visible events only. */
async function findPublicTicket(
  db: Db,
  where: { number: string; customerId?: string; contactEmail?: string },
): Promise<CustomerTicketDetail | null> {
  const row = await db.ticket.findFirst({
    where: { ...where, mergedIntoId: null },
    select: {
      ...rowSelect,
      id: true,
      resolvedAt: true,
      csatScore: true,
      firstResponseDueAt: true,
      fields: { select: { key: true, value: true }, orderBy: { key: "asc" } },
      messages: {
        // Internal notes never leave the database for a customer.
        where: { visibility: "public" },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          authorKind: true,
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
        where: { kind: { in: [...customerVisibleEvents] } },
        orderBy: { createdAt: "asc" },
        select: { kind: true, data: true, createdAt: true },
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    messages: row.messages.map(({ authorKind, staff, ...message }) => ({
      ...message,
      author: authorKind,
      staffName: staff?.displayName ?? null,
    })),
  };
}

/** An attachment's storage facts, only when it belongs to one of the customer's tickets. */
export async function findCustomerAttachment(
  db: Db,
  input: { customerId: string; attachmentId: string },
): Promise<{ storageKey: string; fileName: string; contentType: string; size: number } | null> {
  return db.attachment.findFirst({
    where: {
      id: input.attachmentId,
      ticket: { customerId: input.customerId },
      message: { visibility: "public" },
    },
    select: { storageKey: true, fileName: true, contentType: true, size: true },
  });
}
