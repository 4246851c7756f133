import type { TeamKey } from "../team/teams";
import { type TroubleType, troubleTypeKeys } from "../trouble/trouble-types";
import {
  type CsatScore,
  type CsatSummary,
  csatSummary,
  type DeflectionSummary,
  deflectionSummary,
  reopenRate,
  slaAttainment,
} from "./report-metrics";
import { periodBuckets, type ReportPeriod } from "./report-period";
import { type DurationStats, ratio } from "./report-stats";

/**
 * What the report queries return: aggregates per bucket and for the whole period (`bucket:
 * null`). Tickets are counted in the bucket of the day they were filed (JST); searches in the
 * bucket of their session's first search.
 */
export interface RawBucketFigures {
  bucket: string | null;
  tickets: number;
  firstResponse: DurationStats;
  resolution: DurationStats;
  sla: { met: number; breached: number; pending: number };
  finishedOnce: number;
  reopened: number;
}

export interface RawSearchFigures {
  bucket: string | null;
  searches: number;
  zeroResultSearches: number;
  sessions: number;
  sessionsWithInquiry: number;
}

export interface RawReportFigures {
  buckets: readonly RawBucketFigures[];
  volume: readonly { bucket: string; troubleType: TroubleType; count: number }[];
  csat: readonly { bucket: string; score: CsatScore; count: number }[];
  backlog: readonly { day: string; open: number }[];
  searches: readonly RawSearchFigures[];
  feedback: { helpful: number; notHelpful: number };
}

export type Counts<K extends string> = Record<K, number>;

export interface TicketReport {
  period: ReportPeriod & { buckets: string[] };
  /** The windows the figures cover (the caller's, or the one asked for). */
  windows: readonly TeamKey[] | "all";
  volume: {
    total: number;
    byType: Counts<TroubleType>;
    rows: { bucket: string; total: number; byType: Counts<TroubleType> }[];
  };
  responseTimes: {
    firstResponse: DurationStats;
    resolution: DurationStats;
    rows: { bucket: string; firstResponse: DurationStats; resolution: DurationStats }[];
  };
  sla: SlaFigures & { rows: (SlaFigures & { bucket: string })[] };
  backlog: { day: string; open: number }[];
  reopens: ReopenFigures & { rows: (ReopenFigures & { bucket: string })[] };
  csat: CsatSummary & { rows: (CsatSummary & { bucket: string })[] };
  deflection: DeflectionSummary & {
    zeroResultSearches: number;
    feedback: { helpful: number; notHelpful: number; helpfulRate: number | null };
    rows: (DeflectionSummary & { bucket: string })[];
  };
}

export interface SlaFigures {
  met: number;
  breached: number;
  pending: number;
  attainment: number | null;
}

export interface ReopenFigures {
  finishedOnce: number;
  reopened: number;
  rate: number | null;
}

const noDurations: DurationStats = { count: 0, medianSeconds: null, p90Seconds: null };

function emptyBucket(bucket: string | null): RawBucketFigures {
  return {
    bucket,
    tickets: 0,
    firstResponse: noDurations,
    resolution: noDurations,
    sla: { met: 0, breached: 0, pending: 0 },
    finishedOnce: 0,
    reopened: 0,
  };
}

function emptySearch(bucket: string | null): RawSearchFigures {
  return { bucket, searches: 0, zeroResultSearches: 0, sessions: 0, sessionsWithInquiry: 0 };
}

function zeroByType(): Counts<TroubleType> {
  return Object.fromEntries(troubleTypeKeys.map((type) => [type, 0])) as Counts<TroubleType>;
}

const sla = (raw: RawBucketFigures): SlaFigures => ({ ...raw.sla, attainment: slaAttainment(raw.sla) });
const reopens = (raw: RawBucketFigures): ReopenFigures => ({
  finishedOnce: raw.finishedOnce,
  reopened: raw.reopened,
  rate: reopenRate(raw),
});
const deflection = (search: RawSearchFigures, inquiries: number): DeflectionSummary =>
  deflectionSummary({
    searches: search.searches,
    sessions: search.sessions,
    sessionsWithInquiry: search.sessionsWithInquiry,
    inquiries,
  });

/**
 * The report as the console shows and exports it: every bucket of the period present (empty
 * ones as zeros, so charts keep their time axis), shares computed once, here.
 */
export function assembleTicketReport(input: {
  period: ReportPeriod;
  windows: readonly TeamKey[] | "all";
  raw: RawReportFigures;
}): TicketReport {
  const { period, raw } = input;
  const buckets = periodBuckets(period);
  const byBucket = new Map(raw.buckets.map((row) => [row.bucket, row]));
  const searchBy = new Map(raw.searches.map((row) => [row.bucket, row]));
  const total = byBucket.get(null) ?? emptyBucket(null);
  const searchTotal = searchBy.get(null) ?? emptySearch(null);
  const bucketRows = buckets.map((bucket) => byBucket.get(bucket) ?? emptyBucket(bucket));

  const volumeRows = buckets.map((bucket) => ({ bucket, total: 0, byType: zeroByType() }));
  const volumeIndex = new Map(volumeRows.map((row) => [row.bucket, row]));
  const byType = zeroByType();
  for (const { bucket, troubleType, count } of raw.volume) {
    const row = volumeIndex.get(bucket);
    if (!row) continue;
    row.byType[troubleType] += count;
    row.total += count;
    byType[troubleType] += count;
  }

  const csatCounts = new Map<string | null, Partial<Record<CsatScore, number>>>();
  for (const { bucket, score, count } of raw.csat) {
    for (const key of [bucket, null]) {
      const counts = csatCounts.get(key) ?? {};
      counts[score] = (counts[score] ?? 0) + count;
      csatCounts.set(key, counts);
    }
  }

  return {
    period: { ...period, buckets },
    windows: input.windows,
    volume: { total: volumeRows.reduce((sum, row) => sum + row.total, 0), byType, rows: volumeRows },
    responseTimes: {
      firstResponse: total.firstResponse,
      resolution: total.resolution,
      rows: bucketRows.map((row) => ({
        bucket: row.bucket as string,
        firstResponse: row.firstResponse,
        resolution: row.resolution,
      })),
    },
    sla: { ...sla(total), rows: bucketRows.map((row) => ({ bucket: row.bucket as string, ...sla(row) })) },
    backlog: [...raw.backlog],
    reopens: {
      ...reopens(total),
      rows: bucketRows.map((row) => ({ bucket: row.bucket as string, ...reopens(row) })),
    },
    csat: {
      ...csatSummary(csatCounts.get(null) ?? {}),
      rows: buckets.map((bucket) => ({ bucket, ...csatSummary(csatCounts.get(bucket) ?? {}) })),
    },
    deflection: {
      ...deflection(searchTotal, total.tickets),
      zeroResultSearches: searchTotal.zeroResultSearches,
      feedback: {
        ...raw.feedback,
        helpfulRate: ratio(raw.feedback.helpful, raw.feedback.helpful + raw.feedback.notHelpful),
      },
      rows: bucketRows.map((row) => ({
        bucket: row.bucket as string,
        ...deflection(searchBy.get(row.bucket) ?? emptySearch(row.bucket), row.tickets),
      })),
    },
  };
}
