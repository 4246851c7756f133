import type { CsatScore } from "@madoguchi/core/report/report-metrics";
import type { ReportGranularity } from "@madoguchi/core/report/report-period";
import type { RawBucketFigures, RawReportFigures } from "@madoguchi/core/report/ticket-report";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
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
};

/**
 * Tickets are counted in the bucket of the JST day they were filed; the period is read over
 * `ticket(created_at)`, and a window through `ticket(team_id, status, priority, created_at)`.
 *
 * Per bucket and for the whole period (ROLLUP): times to first response and to resolution
 * (wall-clock seconds, median and p90 by `percentile_cont`), first-response SLA outcomes (core's
 * `firstResponseOutcome`), and reopens (core's `isReopening`, found in the ticket's timeline
 * through `ticket_event(ticket_id, created_at)`).
 */
async function bucketFigures(db: DbOrTx, range: ReportRange): Promise<RawBucketFigures[]> {
  const rows = await db.$queryRaw<BucketRow[]>`
    WITH scoped AS (
      SELECT
        ${jstBucket(Prisma.sql`t.created_at`, range.granularity)} AS bucket,
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
  return rows.map((row) => ({
    bucket: row.whole === 1 ? null : row.bucket,
    tickets: row.tickets,
    firstResponse: { count: row.fr_count, medianSeconds: row.fr_median, p90Seconds: row.fr_p90 },
    resolution: { count: row.res_count, medianSeconds: row.res_median, p90Seconds: row.res_p90 },
    sla: { met: row.met, breached: row.breached, pending: row.pending },
    finishedOnce: row.finished_once,
    reopened: row.reopened,
  }));
}

async function volumeFigures(db: DbOrTx, range: ReportRange): Promise<RawReportFigures["volume"]> {
  const rows = await db.$queryRaw<{ bucket: string; trouble_type: TroubleType; count: number }[]>`
    SELECT bucket, trouble_type, count(*)::int AS count
    FROM (
      SELECT ${jstBucket(Prisma.sql`t.created_at`, range.granularity)} AS bucket, t.trouble_type::text AS trouble_type
      FROM ticket t
      WHERE t.created_at >= ${range.start} AND t.created_at < ${range.end} AND ${ticketScope(range.windows)}
    ) scoped
    GROUP BY bucket, trouble_type`;
  return rows.map((row) => ({ bucket: row.bucket, troubleType: row.trouble_type, count: row.count }));
}

async function csatFigures(db: DbOrTx, range: ReportRange): Promise<RawReportFigures["csat"]> {
  const rows = await db.$queryRaw<{ bucket: string; score: number; count: number }[]>`
    SELECT bucket, score, count(*)::int AS count
    FROM (
      SELECT ${jstBucket(Prisma.sql`t.created_at`, range.granularity)} AS bucket, t.csat_score::int AS score
      FROM ticket t
      WHERE t.created_at >= ${range.start} AND t.created_at < ${range.end} AND ${ticketScope(range.windows)}
        AND t.csat_score BETWEEN 1 AND 5
    ) rated
    GROUP BY bucket, score`;
  return rows.map((row) => ({ bucket: row.bucket, score: row.score as CsatScore, count: row.count }));
}

/**
 * Tickets open at each checkpoint: filed before it and not resolved or closed by then. Only
 * tickets open at some point of the period are read: the unfinished ones (found by status) and
 * those finished after the first checkpoint. A reopened ticket counts as open since it was filed
 * (its earlier resolution is not kept on the row).
 */
async function backlogFigures(db: DbOrTx, range: ReportRange): Promise<RawReportFigures["backlog"]> {
  const first = range.backlogAt[0];
  const last = range.backlogAt.at(-1);
  if (!first || !last) return [];
  const rows = await db.$queryRaw<{ day: string; open: number }[]>`
    WITH checkpoints AS (
      SELECT day, at FROM unnest(
        ${range.backlogAt.map((point) => point.day)}::text[],
        ${range.backlogAt.map((point) => point.at.toISOString())}::timestamptz[]
      ) AS c(day, at)
    ),
    open_during AS (
      SELECT
        t.created_at,
        CASE WHEN t.status IN ('resolved', 'closed') THEN COALESCE(t.resolved_at, t.closed_at) END AS finished_at
      FROM ticket t
      WHERE t.created_at < ${last.at} AND ${ticketScope(range.windows)}
        AND (
          t.status IN ('new', 'open', 'waiting_on_customer')
          OR (t.status IN ('resolved', 'closed') AND COALESCE(t.resolved_at, t.closed_at) >= ${first.at})
        )
    )
    SELECT c.day, (
      SELECT count(*)::int FROM open_during o
      WHERE o.created_at < c.at AND (o.finished_at IS NULL OR o.finished_at >= c.at)
    ) AS open
    FROM checkpoints c
    ORDER BY c.day`;
  return rows;
}

async function feedbackFigures(db: DbOrTx, range: ReportRange): Promise<RawReportFigures["feedback"]> {
  const rows = await db.$queryRaw<{ helpful: number; not_helpful: number }[]>`
    SELECT count(*) FILTER (WHERE helpful)::int AS helpful, count(*) FILTER (WHERE NOT helpful)::int AS not_helpful
    FROM article_feedback
    WHERE created_at >= ${range.start} AND created_at < ${range.end}`;
  return { helpful: rows[0]?.helpful ?? 0, notHelpful: rows[0]?.not_helpful ?? 0 };
}

/** Every aggregate of the ticket report, computed in PostgreSQL; core assembles and rates them. */
export async function loadReportFigures(db: DbOrTx, range: ReportRange): Promise<RawReportFigures> {
  const [buckets, volume, csat, backlog, searches, feedback] = await Promise.all([
    bucketFigures(db, range),
    volumeFigures(db, range),
    csatFigures(db, range),
    backlogFigures(db, range),
    searchFigures(db, range),
    feedbackFigures(db, range),
  ]);
  return { buckets, volume, csat, backlog, searches, feedback };
}
