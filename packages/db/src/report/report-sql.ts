import type { ReportGranularity } from "@madoguchi/core/report/report-period";
import type { TeamKey } from "@madoguchi/core/team/teams";
import { Prisma } from "../generated/prisma/client";

/** The windows a report covers: core's `visibleTeams`, narrowed to one window when asked. */
export type ReportWindows = "all" | readonly TeamKey[];

/** The bucket of an instant: the first day (JST) of its day, ISO week or month, as YYYY-MM-DD. */
export function jstBucket(column: Prisma.Sql, granularity: ReportGranularity): Prisma.Sql {
  return bucketLabel(jstBucketStart(column, granularity));
}

/**
 * The bucket of an instant as a `timestamp` (JST wall time): cheaper than its label to compute,
 * sort and group a million times over; label the groups with `bucketLabel` afterwards.
 */
export function jstBucketStart(column: Prisma.Sql, granularity: ReportGranularity): Prisma.Sql {
  return Prisma.sql`date_trunc(${granularity}, ${column} AT TIME ZONE 'Asia/Tokyo')`;
}

/** The YYYY-MM-DD label of a bucket start from `jstBucketStart`. */
export function bucketLabel(bucketStart: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${bucketStart}, 'YYYY-MM-DD')`;
}

/**
 * The tickets a report may count (alias `t`): in the windows, merged duplicates left out (the
 * ticket they were merged into carries the work).
 */
export function ticketScope(windows: ReportWindows): Prisma.Sql {
  if (windows === "all") return Prisma.sql`t.merged_into_id IS NULL`;
  return Prisma.sql`t.merged_into_id IS NULL AND t.team_id IN (SELECT id FROM team WHERE key = ANY(${[...windows]}::text[]))`;
}
