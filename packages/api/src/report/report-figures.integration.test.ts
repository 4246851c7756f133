import { median, p90 } from "@madoguchi/core/report/report-stats";
import type { Db } from "@madoguchi/db/client/create-client";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../context/session";
import {
  adminCallerAt,
  createReportTicket,
  hours,
  jst,
  minutes,
  type ReportActor,
  reportFixture,
} from "./report-test-kit";

/** Every ticket of the period is decided by then: no first response is still pending. */
const NOW = jst("2026-11-10 12:00");
const WEEK = { from: "2026-11-02", to: "2026-11-08" } as const;

describe("report figures on tickets with known timings", () => {
  let db: Db;
  let close: () => Promise<void>;
  let sessions: Record<ReportActor, Session>;
  const report = (actor: ReportActor, input: Record<string, unknown>) =>
    adminCallerAt(db, sessions[actor], NOW).report.overview(input as never);

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    sessions = await reportFixture(db);
    const funds = [
      // first response 10 min (met), resolved after 2 h, rated 5
      {
        number: "R-01",
        createdAt: jst("2026-11-02 09:00"),
        firstResponseAfter: minutes(10),
        resolvedAfter: hours(2),
        status: "resolved",
        csat: 5,
      },
      // 30 min (met), resolved after 4 h then closed, rated 4
      {
        number: "R-02",
        createdAt: jst("2026-11-02 10:00"),
        firstResponseAfter: minutes(30),
        resolvedAfter: hours(4),
        closedAfter: hours(5),
        status: "closed",
        csat: 4,
      },
      // 90 min (breached), resolved, reopened by staff, resolved again after 24 h, rated 2
      {
        number: "R-03",
        createdAt: jst("2026-11-03 09:00"),
        firstResponseAfter: minutes(90),
        resolvedAfter: hours(24),
        status: "resolved",
        csat: 2,
        changes: [
          ["open", "resolved", hours(3)],
          ["resolved", "open", hours(5)],
          ["open", "resolved", hours(24)],
        ],
      },
      // 20 min (met), still open
      { number: "R-04", createdAt: jst("2026-11-04 09:00"), firstResponseAfter: minutes(20), status: "open" },
      // 00:30 JST on the 6th (still the 5th in UTC); never answered: breached
      { number: "R-05", createdAt: jst("2026-11-06 00:30"), status: "new" },
      // 40 min, no SLA; resolved, then reopened by the customer: open again
      {
        number: "R-06",
        createdAt: jst("2026-11-07 09:00"),
        firstResponseAfter: minutes(40),
        dueAfter: null,
        status: "open",
        changes: [
          ["open", "resolved", hours(8)],
          ["resolved", "open", hours(9)],
        ],
      },
      // before the period: counted in the backlog only
      { number: "R-08", createdAt: jst("2026-10-30 09:00"), status: "open" },
      {
        number: "R-09",
        createdAt: jst("2026-10-25 09:00"),
        firstResponseAfter: minutes(5),
        resolvedAfter: jst("2026-11-03 12:00").getTime() - jst("2026-10-25 09:00").getTime(),
        status: "resolved",
      },
    ] as const;
    for (const spec of funds) await createReportTicket(db, { team: "funds", ...spec });
    // A duplicate merged into R-01: not a ticket of its own in any figure.
    await createReportTicket(db, {
      number: "R-07",
      team: "funds",
      createdAt: jst("2026-11-03 10:00"),
      status: "closed",
      closedAfter: hours(1),
      mergedInto: "R-01",
    });
    await createReportTicket(db, {
      number: "T-01",
      team: "trading",
      createdAt: jst("2026-11-02 09:00"),
      firstResponseAfter: minutes(5),
      resolvedAfter: hours(1),
      status: "resolved",
      csat: 1,
    });
    await createReportTicket(db, {
      number: "S-01",
      team: "security",
      createdAt: jst("2026-11-04 03:00"),
      firstResponseAfter: minutes(15),
      status: "open",
    });

    const sessionsLog = [
      // A: two searches, no inquiry; B: one search, then an inquiry; C: no result, no inquiry
      ["session-a-0000000001", "2026-11-02 10:00", 3, false],
      ["session-a-0000000001", "2026-11-02 10:01", 1, false],
      ["session-b-0000000001", "2026-11-02 11:00", 2, true],
      ["session-c-0000000001", "2026-11-03 09:00", 0, false],
      // D: its first search on the period's last evening, the second after the period
      ["session-d-0000000001", "2026-11-08 23:50", 4, false],
      ["session-d-0000000001", "2026-11-09 00:10", 4, false],
      // No session id (no script): a search, but no session
      [null, "2026-11-04 12:00", 5, false],
      ["session-e-0000000001", "2026-10-31 12:00", 5, false],
    ] as const;
    for (const [session, at, results, inquired] of sessionsLog) {
      await db.searchQueryLog.create({
        data: {
          query: "入金",
          locale: "ja",
          resultCount: results,
          searchSessionId: session,
          ledToInquiry: inquired,
          createdAt: jst(at),
        },
        select: { id: true },
      });
    }
    const article = await db.article.findFirstOrThrow({ select: { id: true } });
    for (const [helpful, at] of [
      [true, "2026-11-02 12:00"],
      [true, "2026-11-05 12:00"],
      [false, "2026-11-06 12:00"],
      [false, "2026-10-20 12:00"],
    ] as const) {
      await db.articleFeedback.create({
        data: { articleId: article.id, locale: "ja", helpful, clientKey: "report-test", createdAt: jst(at) },
        select: { id: true },
      });
    }
  }, 120_000);
  afterAll(async () => close());

  it("gives a lead their window's exact medians and 90th percentiles", async () => {
    const result = await report("lead", { ...WEEK });
    expect(result.windows).toEqual(["funds"]);
    // First responses 10, 30, 90, 20, 40 min: median 30 min; p90 = 40 + 0.6 × (90 − 40) = 70 min.
    expect(result.responseTimes.firstResponse).toEqual({ count: 5, medianSeconds: 1800, p90Seconds: 4200 });
    // Resolutions 2 h, 4 h, 24 h (R-06's was undone by the reopen): median 4 h; p90 = 4 + 0.8 × 20 = 20 h.
    expect(result.responseTimes.resolution).toEqual({ count: 3, medianSeconds: 14_400, p90Seconds: 72_000 });
    expect(result.responseTimes.rows.find((row) => row.bucket === "2026-11-02")?.firstResponse).toEqual({
      count: 2,
      medianSeconds: 1200,
      p90Seconds: 1680,
    });
  });

  it("counts volume by trouble type in JST days, without merged duplicates", async () => {
    const result = await report("lead", { ...WEEK });
    expect(result.volume.total).toBe(6);
    expect(result.volume.byType.funds).toBe(6);
    expect(result.volume.rows.map((row) => [row.bucket, row.total])).toEqual([
      ["2026-11-02", 2],
      ["2026-11-03", 1],
      ["2026-11-04", 1],
      ["2026-11-05", 0],
      ["2026-11-06", 1],
      ["2026-11-07", 1],
      ["2026-11-08", 0],
    ]);
    const weekly = await report("lead", { ...WEEK, granularity: "week" });
    expect(weekly.volume.rows).toEqual([expect.objectContaining({ bucket: "2026-11-02", total: 6 })]);
  });

  it("rates first-response SLA, reopens and satisfaction", async () => {
    const result = await report("lead", { ...WEEK });
    expect(result.sla).toMatchObject({ met: 3, breached: 2, pending: 0, attainment: 0.6 });
    expect(result.reopens).toMatchObject({ finishedOnce: 4, reopened: 2, rate: 0.5 });
    expect(result.csat.count).toBe(3);
    expect(result.csat.average).toBeCloseTo(11 / 3, 10);
    expect(result.csat.distribution.map((row) => row.count)).toEqual([0, 1, 0, 1, 1]);
  });

  it("counts the backlog at the end of each JST day", async () => {
    const result = await report("lead", { ...WEEK });
    expect(result.backlog).toEqual([
      { day: "2026-11-02", open: 2 },
      { day: "2026-11-03", open: 2 },
      { day: "2026-11-04", open: 2 },
      { day: "2026-11-05", open: 2 },
      { day: "2026-11-06", open: 3 },
      { day: "2026-11-07", open: 4 },
      { day: "2026-11-08", open: 4 },
    ]);
  });

  it("measures deflection from search sessions against inquiries", async () => {
    const result = await report("lead", { ...WEEK });
    expect(result.deflection).toMatchObject({
      searches: 6,
      zeroResultSearches: 1,
      sessions: 4,
      sessionsWithInquiry: 1,
      deflected: 3,
      rate: 0.75,
      inquiries: 6,
      perInquiry: 0.5,
      feedback: { helpful: 2, notHelpful: 1 },
    });
    expect(result.deflection.rows.find((row) => row.bucket === "2026-11-02")).toMatchObject({
      sessions: 2,
      sessionsWithInquiry: 1,
      deflected: 1,
    });
  });

  it("gives an admin every window, or the one asked for", async () => {
    const all = await report("admin", { ...WEEK });
    expect(all.windows).toBe("all");
    expect(all.volume.byType).toMatchObject({ funds: 6, trading: 1, security: 1 });
    expect(all.csat.count).toBe(4);
    const security = await report("admin", { ...WEEK, team: "security" });
    expect(security.windows).toEqual(["security"]);
    expect(security.volume.total).toBe(1);
    expect(security.responseTimes.firstResponse.medianSeconds).toBe(900);
  });

  it("refuses a lead another window's figures, and an agent any", async () => {
    for (const [actor, input] of [
      ["lead", { ...WEEK, team: "security" }],
      ["leadTrading", { ...WEEK, team: "funds" }],
      ["agent", { ...WEEK }],
    ] as const) {
      await expect(report(actor, input)).rejects.toSatisfy(
        (error: unknown) => error instanceof TRPCError && error.code === "FORBIDDEN",
      );
    }
    const trading = await report("leadTrading", { ...WEEK });
    expect(trading.windows).toEqual(["trading"]);
    expect(trading.volume.total).toBe(1);
    expect(trading.selectable).toEqual(["trading"]);
  });

  it("agrees with core's percentiles on generated data", async () => {
    const seconds: number[] = [];
    let seed = 7;
    const random = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    for (let i = 0; i < 120; i += 1) {
      const responseSeconds = Math.round(random() * 86_400);
      seconds.push(responseSeconds);
      await createReportTicket(db, {
        number: `G-${String(i).padStart(3, "0")}`,
        team: "system",
        createdAt: new Date(jst("2026-11-02 00:00").getTime() + Math.floor(random() * 7 * 86_400_000)),
        firstResponseAfter: responseSeconds * 1000,
        status: "open",
      });
    }
    const result = await report("admin", { ...WEEK, team: "system" });
    expect(result.responseTimes.firstResponse.count).toBe(120);
    expect(result.responseTimes.firstResponse.medianSeconds).toBeCloseTo(median(seconds) as number, 6);
    expect(result.responseTimes.firstResponse.p90Seconds).toBeCloseTo(p90(seconds) as number, 6);
  });
});
