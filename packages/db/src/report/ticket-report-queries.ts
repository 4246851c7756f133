import { csatScores } from "@madoguchi/core/report/report-metrics";
import type { ReportGranularity } from "@madoguchi/core/report/report-period";
import type { RawBucketFigures, RawReportFigures } from "@madoguchi/core/report/ticket-report";
import { troubleTypeKeys } from "@madoguchi/core/trouble/trouble-types";
import type { Db } from "../client/create-client";
import { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";
import { jstBucket, type ReportWindows, ticketScope } from "./report-sql";
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
 * `isReopening`, looked up in `ticket_event` by ticket) and ratings. Tickets are counted in the
 * bucket of the JST day they were filed.
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
        ${jstBucket(Prisma.sql`t.created_at`, range.granularity)} AS bucket,
        t.trouble_type::text AS trouble_type,
        t.csat_score::int AS csat,
        extract(epoch FROM t.first_responded_at - t.created_at)::float8 AS first_response,
        extract(epoch FROM t.resolved_at - t.created_at)::float8 AS resolution,
        t.first_response_due_at AS due,
        t.first_responded_at AS responded,
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
      bucket,
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
      count(*) FILTER (WHERE due IS NOT NULL AND responded IS NOT NULL AND responded <= due)::int AS met,
      count(*) FILTER (
        WHERE due IS NOT NULL AND (responded > due OR (responded IS NULL AND due < ${range.now}))
      )::int AS breached,
      count(*) FILTER (WHERE due IS NOT NULL AND responded IS NULL AND due >= ${range.now})::int AS pending,
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
 * tickets open at some point of the period are read: the unfinished ones (found by status) and
 * those finished after the first checkpoint. Each is +1 when filed and −1 when finished; the
 * changes are summed per interval between checkpoints (`width_bucket` over the sorted
 * checkpoints), and a checkpoint's backlog is the sum of the intervals before it: one pass over
 * the tickets, however many days the period has. A reopened ticket counts as open since it was
 * filed (its earlier resolution is not kept on the row).
 */
async function backlogFigures(db: DbOrTx, range: ReportRange): Promise<RawReportFigures["backlog"]> {
  const first = range.backlogAt[0];
  const last = range.backlogAt.at(-1);
  if (!first || !last) return [];
  const checkpoints = range.backlogAt.map((point) => point.at.toISOString());
  const rows = await db.$queryRaw<{ day: string; open: number }[]>`
    WITH thresholds AS MATERIALIZED (SELECT ${checkpoints}::timestamptz[] AS at),
    open_during AS MATERIALIZED (
      SELECT
        t.created_at,
        CASE WHEN t.status IN ('resolved', 'closed') THEN COALESCE(t.resolved_at, t.closed_at) END AS finished_at
      FROM ticket t
      WHERE t.created_at < ${last.at} AND ${ticketScope(range.windows)}
        AND (
          t.status IN ('new', 'open', 'waiting_on_customer')
          OR (t.status IN ('resolved', 'closed') AND COALESCE(t.resolved_at, t.closed_at) >= ${first.at})
        )
    ),
    -- Materialized: a CTE read in a subquery is otherwise inlined, and recomputed per checkpoint.
    changes AS MATERIALIZED (
      SELECT width_bucket(change.at, thresholds.at) AS interval_index, sum(change.delta)::int AS delta
      FROM thresholds, (
        SELECT created_at AS at, 1 AS delta FROM open_during
        UNION ALL
        SELECT GREATEST(finished_at, created_at), -1 FROM open_during WHERE finished_at IS NOT NULL
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
