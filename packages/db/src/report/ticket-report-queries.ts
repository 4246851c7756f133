import { csatScores } from "@madoguchi/core/report/report-metrics";
import type { ReportGranularity } from "@madoguchi/core/report/report-period";
import type { RawBucketFigures, RawReportFigures } from "@madoguchi/core/report/ticket-report";
import { troubleTypeKeys } from "@madoguchi/core/trouble/trouble-types";
import type { Db } from "../client/create-client";
import { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";
import { bucketLabel, jstBucketStart, type ReportWindows, ticketScope } from "./report-sql";
import { searchFigures } from "./search-report-queries";

export interface ReportRange {
  windows: ReportWindows;
  /** The period as instants: [start, end). */
  start: Date;
  end: Date;
  granularity: ReportGranularity;
  /** Decides whether an unanswered ticket is still in time. */
  now: Date;
  /** End of each day (or now, for today) at which the backlog is counted. */
  backlogAt: readonly { day: string; at: Date }[];
}

type BucketRow = {
  bucket: string | null;
  whole: number;
  tickets: number;
  fr_count: number;
  fr_median: number | null;
  fr_p90: number | null;
  res_count: number;
  res_median: number | null;
  res_p90: number | null;
  met: number;
  breached: number;
  pending: number;
  finished_once: number;
  reopened: number;
} & Record<`type_${number}` | `csat_${number}`, number>;

type TicketFigures = Pick<RawReportFigures, "buckets" | "volume" | "csat">;

/**
 * Every per-ticket figure in one pass over the period's tickets (read over `ticket(created_at)`;
 * a window narrows them by `team_id`), per bucket and for the whole period (ROLLUP): counts by
 * trouble type, times to first response and to resolution (wall-clock seconds, median and p90 by
 * `percentile_cont`), first-response SLA outcomes (core's `firstResponseOutcome`), reopens (core's
 * `isReopening`) and ratings. Tickets are counted in the bucket of the JST day they were filed.
 *
 * A year is a million rows, so each row is kept narrow and cheap: grouped by the bucket's start
 * (a timestamp, labelled once per group), the SLA outcome decided per row (1 met, 2 breached,
 * 3 pending), and reopens found in `ticket_event_reopening_idx`, a partial index of only the
 * events that reopen a ticket, read once into a hash (its predicate is the one below, word for
 * word: the planner uses it only for conditions that imply it).
 */
async function ticketFigures(db: DbOrTx, range: ReportRange): Promise<TicketFigures> {
  const byType = Prisma.join(
    troubleTypeKeys.map(
      (type, index) =>
        Prisma.sql`count(*) FILTER (WHERE trouble_type = ${type})::int AS ${Prisma.raw(`type_${index}`)}`,
    ),
  );
  const byScore = Prisma.join(
    csatScores.map(
      (score) => Prisma.sql`count(*) FILTER (WHERE csat = ${score})::int AS ${Prisma.raw(`csat_${score}`)}`,
    ),
  );
  const rows = await db.$queryRaw<BucketRow[]>`
    WITH scoped AS (
      SELECT
        ${jstBucketStart(Prisma.sql`t.created_at`, range.granularity)} AS bucket,
        t.trouble_type::text AS trouble_type,
        t.csat_score::int AS csat,
        extract(epoch FROM t.first_responded_at - t.created_at)::float8 AS first_response,
        extract(epoch FROM t.resolved_at - t.created_at)::float8 AS resolution,
        CASE
          WHEN t.first_response_due_at IS NULL THEN NULL
          WHEN t.first_responded_at IS NOT NULL THEN
            CASE WHEN t.first_responded_at <= t.first_response_due_at THEN 1 ELSE 2 END
          WHEN t.first_response_due_at < ${range.now} THEN 2
          ELSE 3
        END AS sla,
        t.status IN ('resolved', 'closed') AS finished,
        EXISTS (
          SELECT 1 FROM ticket_event e
          WHERE e.ticket_id = t.id
            AND e.data->>'from' IN ('resolved', 'closed')
            AND e.data->>'to' IN ('new', 'open', 'waiting_on_customer')
        ) AS reopened
      FROM ticket t
      WHERE t.created_at >= ${range.start} AND t.created_at < ${range.end} AND ${ticketScope(range.windows)}
    )
    SELECT
      ${bucketLabel(Prisma.sql`bucket`)} AS bucket,
      GROUPING(bucket)::int AS whole,
      count(*)::int AS tickets,
      ${byType},
      ${byScore},
      count(first_response)::int AS fr_count,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response) AS fr_median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY first_response) AS fr_p90,
      count(resolution)::int AS res_count,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution) AS res_median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY resolution) AS res_p90,
      count(*) FILTER (WHERE sla = 1)::int AS met,
      count(*) FILTER (WHERE sla = 2)::int AS breached,
      count(*) FILTER (WHERE sla = 3)::int AS pending,
      count(*) FILTER (WHERE finished OR reopened)::int AS finished_once,
      count(*) FILTER (WHERE reopened)::int AS reopened
    FROM scoped
    GROUP BY ROLLUP (bucket)`;
  const buckets: RawBucketFigures[] = [];
  const volume: RawReportFigures["volume"][number][] = [];
  const csat: RawReportFigures["csat"][number][] = [];
  for (const row of rows) {
    const bucket = row.whole === 1 ? null : row.bucket;
    buckets.push({
      bucket,
      tickets: row.tickets,
      firstResponse: { count: row.fr_count, medianSeconds: row.fr_median, p90Seconds: row.fr_p90 },
      resolution: { count: row.res_count, medianSeconds: row.res_median, p90Seconds: row.res_p90 },
      sla: { met: row.met, breached: row.breached, pending: row.pending },
      finishedOnce: row.finished_once,
      reopened: row.reopened,
    });
    if (bucket === null) continue;
    troubleTypeKeys.forEach((troubleType, index) => {
      const count = row[`type_${index}`] ?? 0;
      if (count > 0) volume.push({ bucket, troubleType, count });
    });
    for (const score of csatScores) {
      const count = row[`csat_${score}`] ?? 0;
      if (count > 0) csat.push({ bucket, score, count });
    }
  }
  return { buckets, volume, csat };
}

/**
 * Tickets open at each checkpoint: filed before it and not resolved or closed by then. Only
 * tickets open at some point of the period are read: the unfinished ones and those finished
 * after the first checkpoint, each set from its own partial index (`ticket_open_created_at_idx`,
 * `ticket_finished_at_idx`, whose predicates these conditions imply; they hold every column read
 * here, so the table itself is not read). Each ticket is +1 when filed and −1 when finished, in
 * the interval between checkpoints where that falls (`width_bucket` over the sorted checkpoints);
 * a checkpoint's backlog is the sum of the intervals before it. Tickets are counted per pair of
 * (filed, finished) intervals as they are read, so nothing per ticket is kept, however many days
 * the period has. A reopened ticket counts as open since it was filed (its earlier resolution is
 * not kept on the row).
 */
async function backlogFigures(db: DbOrTx, range: ReportRange): Promise<RawReportFigures["backlog"]> {
  const first = range.backlogAt[0];
  const last = range.backlogAt.at(-1);
  if (!first || !last) return [];
  const checkpoints = range.backlogAt.map((point) => point.at.toISOString());
  const rows = await db.$queryRaw<{ day: string; open: number }[]>`
    WITH thresholds AS MATERIALIZED (SELECT ${checkpoints}::timestamptz[] AS at),
    pairs AS MATERIALIZED (
      SELECT filed_in, finished_in, count(*)::int AS tickets
      FROM (
        SELECT width_bucket(t.created_at, (SELECT at FROM thresholds)) AS filed_in, NULL::int AS finished_in
        FROM ticket t
        WHERE t.status IN ('new', 'open', 'waiting_on_customer')
          AND t.created_at < ${last.at} AND ${ticketScope(range.windows)}
        UNION ALL
        SELECT
          width_bucket(t.created_at, (SELECT at FROM thresholds)),
          width_bucket(GREATEST(COALESCE(t.resolved_at, t.closed_at), t.created_at), (SELECT at FROM thresholds))
        FROM ticket t
        WHERE t.status IN ('resolved', 'closed') AND COALESCE(t.resolved_at, t.closed_at) >= ${first.at}
          AND t.created_at < ${last.at} AND ${ticketScope(range.windows)}
      ) open_during
      GROUP BY 1, 2
    ),
    -- Materialized: a CTE read in a subquery is otherwise inlined, and recomputed per checkpoint.
    changes AS MATERIALIZED (
      SELECT interval_index, sum(delta)::int AS delta
      FROM (
        SELECT filed_in AS interval_index, tickets AS delta FROM pairs
        UNION ALL
        SELECT finished_in, -tickets FROM pairs WHERE finished_in IS NOT NULL
      ) change
      GROUP BY 1
    )
    SELECT c.day, COALESCE((SELECT sum(delta) FROM changes WHERE interval_index < c.position), 0)::int AS open
    FROM unnest(${range.backlogAt.map((point) => point.day)}::text[]) WITH ORDINALITY AS c(day, position)
    ORDER BY c.position`;
  return rows;
}

async function feedbackFigures(db: DbOrTx, range: ReportRange): Promise<RawReportFigures["feedback"]> {
  const rows = await db.$queryRaw<{ helpful: number; not_helpful: number }[]>`
    SELECT count(*) FILTER (WHERE helpful)::int AS helpful, count(*) FILTER (WHERE NOT helpful)::int AS not_helpful
    FROM article_feedback
    WHERE created_at >= ${range.start} AND created_at < ${range.end}`;
  return { helpful: rows[0]?.helpful ?? 0, notHelpful: rows[0]?.not_helpful ?? 0 };
}

/** How long a report may take: longer than a click's query, as it reads a whole period. */
export const REPORT_STATEMENT_TIMEOUT_MS = 60_000;

/**
 * Every aggregate of the ticket report, computed in PostgreSQL (core assembles and rates them),
 * in one read-only snapshot: the figures of one report agree with each other even while tickets
 * change, and the queries run one after another on one connection rather than crowding the pool.
 */
export async function loadReportFigures(db: Db, range: ReportRange): Promise<RawReportFigures> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET TRANSACTION READ ONLY`);
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${REPORT_STATEMENT_TIMEOUT_MS}`);
      const tickets = await ticketFigures(tx, range);
      const backlog = await backlogFigures(tx, range);
      const searches = await searchFigures(tx, range);
      const feedback = await feedbackFigures(tx, range);
      return { ...tickets, backlog, searches, feedback };
    },
    { isolationLevel: "RepeatableRead", timeout: REPORT_STATEMENT_TIMEOUT_MS + 5_000, maxWait: 10_000 },
  );
}
