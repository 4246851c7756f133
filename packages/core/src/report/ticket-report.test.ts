import { describe, expect, it } from "vitest";
import { assembleTicketReport, type RawBucketFigures, type RawReportFigures } from "./ticket-report";

const figures = (bucket: string | null, overrides: Partial<RawBucketFigures>): RawBucketFigures => ({
  bucket,
  tickets: 0,
  firstResponse: { count: 0, medianSeconds: null, p90Seconds: null },
  resolution: { count: 0, medianSeconds: null, p90Seconds: null },
  sla: { met: 0, breached: 0, pending: 0 },
  finishedOnce: 0,
  reopened: 0,
  ...overrides,
});

const raw: RawReportFigures = {
  buckets: [
    figures("2026-11-02", {
      tickets: 3,
      firstResponse: { count: 2, medianSeconds: 900, p90Seconds: 1620 },
      sla: { met: 1, breached: 1, pending: 1 },
      finishedOnce: 2,
      reopened: 1,
    }),
    figures(null, {
      tickets: 3,
      firstResponse: { count: 2, medianSeconds: 900, p90Seconds: 1620 },
      sla: { met: 1, breached: 1, pending: 1 },
      finishedOnce: 2,
      reopened: 1,
    }),
  ],
  volume: [
    { bucket: "2026-11-02", troubleType: "funds", count: 2 },
    { bucket: "2026-11-02", troubleType: "login", count: 1 },
  ],
  csat: [
    { bucket: "2026-11-02", score: 5, count: 1 },
    { bucket: "2026-11-02", score: 2, count: 1 },
  ],
  backlog: [{ day: "2026-11-01", open: 0 }],
  searches: [
    { bucket: "2026-11-02", searches: 5, zeroResultSearches: 1, sessions: 4, sessionsWithInquiry: 1 },
    { bucket: null, searches: 5, zeroResultSearches: 1, sessions: 4, sessionsWithInquiry: 1 },
  ],
  feedback: { helpful: 3, notHelpful: 1 },
};

describe("assembling the ticket report", () => {
  const report = assembleTicketReport({
    period: { from: "2026-11-01", to: "2026-11-03", granularity: "day" },
    windows: ["funds"],
    raw,
  });

  it("keeps every bucket of the period, empty ones as zeros", () => {
    expect(report.period.buckets).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(report.volume.rows.map((row) => row.total)).toEqual([0, 3, 0]);
    expect(report.volume.byType).toMatchObject({ funds: 2, login: 1, trading: 0 });
    expect(report.volume.total).toBe(3);
    expect(report.sla.rows.map((row) => row.attainment)).toEqual([null, 0.5, null]);
    expect(report.responseTimes.rows[0]?.firstResponse).toEqual({
      count: 0,
      medianSeconds: null,
      p90Seconds: null,
    });
  });

  it("computes the shares once, for the period and per bucket", () => {
    expect(report.sla).toMatchObject({ met: 1, breached: 1, pending: 1, attainment: 0.5 });
    expect(report.reopens).toMatchObject({ finishedOnce: 2, reopened: 1, rate: 0.5 });
    expect(report.csat).toMatchObject({ count: 2, average: 3.5, satisfiedRate: 0.5 });
    expect(report.csat.rows[1]).toMatchObject({ bucket: "2026-11-02", count: 2, average: 3.5 });
    expect(report.deflection).toMatchObject({
      searches: 5,
      sessions: 4,
      sessionsWithInquiry: 1,
      deflected: 3,
      inquiries: 3,
      rate: 0.75,
      perInquiry: 1,
      zeroResultSearches: 1,
      feedback: { helpful: 3, notHelpful: 1, helpfulRate: 0.75 },
    });
    expect(report.deflection.rows[1]).toMatchObject({ bucket: "2026-11-02", deflected: 3, inquiries: 3 });
  });
});
