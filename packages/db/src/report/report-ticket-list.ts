import type { ReportTicketRow } from "@madoguchi/core/report/report-csv-tables";
import type { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";
import type { ReportWindows } from "./report-sql";

interface TicketListRange {
  windows: ReportWindows;
  start: Date;
  end: Date;
}

/** The same tickets the figures count: filed in the period, in the windows, not merged away. */
function reportTicketsWhere(range: TicketListRange): Prisma.TicketWhereInput {
  return {
    createdAt: { gte: range.start, lt: range.end },
    mergedIntoId: null,
    ...(range.windows === "all" ? {} : { team: { key: { in: [...range.windows] } } }),
  };
}

export async function countReportTickets(db: DbOrTx, range: TicketListRange): Promise<number> {
  return db.ticket.count({ where: reportTicketsWhere(range) });
}

/**
 * One page of the tickets behind a report, oldest first, keyset-paginated on (created_at, id)
 * over `ticket(created_at)`: an export reads page after page at the same cost.
 */
export async function listReportTickets(
  db: DbOrTx,
  input: TicketListRange & { after: { createdAt: Date; id: string } | null; take: number },
): Promise<{ rows: ReportTicketRow[]; next: { createdAt: Date; id: string } | null }> {
  const keyset: Prisma.TicketWhereInput[] = input.after
    ? [
        {
          OR: [
            { createdAt: { gt: input.after.createdAt } },
            { createdAt: input.after.createdAt, id: { gt: input.after.id } },
          ],
        },
      ]
    : [];
  const rows = await db.ticket.findMany({
    where: { AND: [reportTicketsWhere(input), ...keyset] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: input.take,
    select: {
      id: true,
      number: true,
      createdAt: true,
      troubleType: true,
      subtype: true,
      status: true,
      priority: true,
      subject: true,
      firstResponseDueAt: true,
      firstRespondedAt: true,
      resolvedAt: true,
      csatScore: true,
      team: { select: { key: true } },
    },
  });
  const last = rows.at(-1);
  return {
    rows: rows.map(({ id: _id, team, ...row }) => ({ ...row, team: team.key })),
    next: rows.length === input.take && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
