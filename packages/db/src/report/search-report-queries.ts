import type { ReportGranularity } from "@madoguchi/core/report/report-period";
import type { RawSearchFigures } from "@madoguchi/core/report/ticket-report";
import { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";
import { jstBucket } from "./report-sql";

interface SearchRange {
  start: Date;
  end: Date;
  granularity: ReportGranularity;
}

/**
 * Help-center deflection, per bucket and for the period (ROLLUP): searches logged, those with
 * no result, and search sessions (a browser tab's random id), each counted once in the bucket of
 * its first search, with those whose tab then filed an inquiry (`led_to_inquiry`). Searches are
 * not per window (a reader has not chosen one yet), so these figures are the whole help center's.
 * Read over `search_query_log(created_at)`.
 */
export async function searchFigures(db: DbOrTx, range: SearchRange): Promise<RawSearchFigures[]> {
  const searches = await db.$queryRaw<
    { bucket: string | null; whole: number; searches: number; zero: number }[]
  >`
      SELECT bucket, GROUPING(bucket)::int AS whole, count(*)::int AS searches,
        count(*) FILTER (WHERE result_count = 0)::int AS zero
      FROM (
        SELECT ${jstBucket(Prisma.sql`created_at`, range.granularity)} AS bucket, result_count
        FROM search_query_log
        WHERE created_at >= ${range.start} AND created_at < ${range.end}
      ) logged
      GROUP BY ROLLUP (bucket)`;
  const sessions = await db.$queryRaw<
    { bucket: string | null; whole: number; sessions: number; inquired: number }[]
  >`
      SELECT bucket, GROUPING(bucket)::int AS whole, count(*)::int AS sessions,
        count(*) FILTER (WHERE inquired)::int AS inquired
      FROM (
        SELECT ${jstBucket(Prisma.sql`min(created_at)`, range.granularity)} AS bucket,
          bool_or(led_to_inquiry) AS inquired
        FROM search_query_log
        WHERE created_at >= ${range.start} AND created_at < ${range.end} AND search_session_id IS NOT NULL
        GROUP BY search_session_id
      ) per_session
      GROUP BY ROLLUP (bucket)`;
  const figures = new Map<string | null, RawSearchFigures>();
  const entry = (bucket: string | null) => {
    const existing = figures.get(bucket);
    if (existing) return existing;
    const created = { bucket, searches: 0, zeroResultSearches: 0, sessions: 0, sessionsWithInquiry: 0 };
    figures.set(bucket, created);
    return created;
  };
  for (const row of searches) {
    const figure = entry(row.whole === 1 ? null : row.bucket);
    figure.searches = row.searches;
    figure.zeroResultSearches = row.zero;
  }
  for (const row of sessions) {
    const figure = entry(row.whole === 1 ? null : row.bucket);
    figure.sessions = row.sessions;
    figure.sessionsWithInquiry = row.inquired;
  }
  return [...figures.values()];
}
