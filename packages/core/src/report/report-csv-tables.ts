import { jstDateKey, jstParts } from "../sla/jst-time";
import { type TeamKey, teams } from "../team/teams";
import { type TroubleType, troubleTypeKeys, troubleTypes } from "../trouble/trouble-types";
import { type CsvValue, encodeCsv } from "./report-csv";
import { csatScores, firstResponseOutcome } from "./report-metrics";
import type { ReportKind } from "./report-query";
import type { DurationStats } from "./report-stats";
import type { TicketReport } from "./ticket-report";

/** A ticket behind the figures, as the `tickets` export lists it. */
export interface ReportTicketRow {
  number: string;
  createdAt: Date;
  team: string;
  troubleType: TroubleType;
  subtype: string;
  status: string;
  priority: string;
  /** Written by the customer: untrusted text (the CSV neutralizes formulas in it). */
  subject: string;
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  csatScore: number | null;
}

const TOTAL = "合計";
const typeName = (type: TroubleType) => troubleTypes.find((t) => t.key === type)?.name.ja ?? type;
const teamName = (key: string) => teams.find((t) => t.key === (key as TeamKey))?.name.ja ?? key;

/** Minutes with one decimal: what a spreadsheet user sums and charts. */
function minutes(seconds: number | null): CsvValue {
  return seconds === null ? null : Math.round(seconds / 6) / 10;
}

function percent(rate: number | null): CsvValue {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

function twoDecimals(value: number | null): CsvValue {
  return value === null ? null : Math.round(value * 100) / 100;
}

function durationCells(stats: DurationStats): CsvValue[] {
  return [stats.count, minutes(stats.medianSeconds), minutes(stats.p90Seconds)];
}

/** `2026-11-28 09:05` in JST. */
export function formatJstMinute(instant: Date): string {
  const parts = jstParts(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${jstDateKey(instant)} ${pad(parts.hour)}:${pad(parts.minute)}`;
}

function elapsedSeconds(from: Date, to: Date | null): number | null {
  return to ? (to.getTime() - from.getTime()) / 1000 : null;
}

const slaLabel = { met: "期限内", breached: "超過", pending: "判定待ち", none: "" } as const;

type Table = { header: string[]; rows: CsvValue[][] };

function summaryTable(kind: Exclude<ReportKind, "tickets">, report: TicketReport): Table {
  switch (kind) {
    case "volume":
      return {
        header: ["期間", "件数", ...troubleTypeKeys.map(typeName)],
        rows: [
          ...report.volume.rows.map((row) => [
            row.bucket,
            row.total,
            ...troubleTypeKeys.map((t) => row.byType[t]),
          ]),
          [TOTAL, report.volume.total, ...troubleTypeKeys.map((t) => report.volume.byType[t])],
        ],
      };
    case "response-times": {
      const header = ["期間"];
      for (const what of ["初回返信", "解決"]) {
        header.push(`${what} 件数`, `${what} 中央値（分）`, `${what} 90パーセンタイル（分）`);
      }
      const { firstResponse, resolution } = report.responseTimes;
      return {
        header,
        rows: [
          ...report.responseTimes.rows.map((row) => [
            row.bucket,
            ...durationCells(row.firstResponse),
            ...durationCells(row.resolution),
          ]),
          [TOTAL, ...durationCells(firstResponse), ...durationCells(resolution)],
        ],
      };
    }
    case "sla":
      return {
        header: ["期間", "期限内", "期限超過", "判定待ち", "達成率（%）"],
        rows: [...report.sla.rows, { ...report.sla, bucket: TOTAL }].map((row) => [
          row.bucket,
          row.met,
          row.breached,
          row.pending,
          percent(row.attainment),
        ]),
      };
    case "backlog":
      return {
        header: ["日付", "未解決件数（日末）"],
        rows: report.backlog.map((row) => [row.day, row.open]),
      };
    case "reopens":
      return {
        header: ["期間", "解決済み（1回以上）", "再オープン", "再オープン率（%）"],
        rows: [...report.reopens.rows, { ...report.reopens, bucket: TOTAL }].map((row) => [
          row.bucket,
          row.finishedOnce,
          row.reopened,
          percent(row.rate),
        ]),
      };
    case "csat":
      return {
        header: ["期間", "評価件数", "平均", "満足（4・5）の割合（%）", ...csatScores.map((s) => `評価${s}`)],
        rows: [...report.csat.rows, { ...report.csat, bucket: TOTAL }].map((row) => [
          row.bucket,
          row.count,
          twoDecimals(row.average),
          percent(row.satisfiedRate),
          ...row.distribution.map((d) => d.count),
        ]),
      };
    case "deflection":
      return {
        header: [
          "期間",
          "検索数",
          "検索セッション",
          "お問い合わせに至ったセッション",
          "お問い合わせなしで終わったセッション",
          "お問い合わせ件数",
          "自己解決率（%）",
        ],
        rows: [...report.deflection.rows, { ...report.deflection, bucket: TOTAL }].map((row) => [
          row.bucket,
          row.searches,
          row.sessions,
          row.sessionsWithInquiry,
          row.deflected,
          row.inquiries,
          percent(row.rate),
        ]),
      };
  }
}

/** One report as a CSV file (without the byte order mark: the HTTP layer adds it). */
export function reportCsv(kind: Exclude<ReportKind, "tickets">, report: TicketReport): string {
  const table = summaryTable(kind, report);
  return encodeCsv(table.header, table.rows);
}

export const ticketCsvHeader = [
  "受付番号",
  "受付日時",
  "窓口",
  "種類",
  "区分",
  "状態",
  "優先度",
  "件名",
  "初回返信まで（分）",
  "初回返信SLA",
  "解決まで（分）",
  "満足度",
] as const;

/** The rows of the `tickets` export; `now` decides whether an unanswered ticket is still in time. */
export function ticketCsvRows(tickets: readonly ReportTicketRow[], now: Date): CsvValue[][] {
  return tickets.map((ticket) => [
    ticket.number,
    formatJstMinute(ticket.createdAt),
    teamName(ticket.team),
    typeName(ticket.troubleType),
    ticket.subtype,
    ticket.status,
    ticket.priority,
    ticket.subject,
    minutes(elapsedSeconds(ticket.createdAt, ticket.firstRespondedAt)),
    slaLabel[firstResponseOutcome({ ...ticket, now })],
    minutes(elapsedSeconds(ticket.createdAt, ticket.resolvedAt)),
    ticket.csatScore,
  ]);
}

export function ticketsCsv(tickets: readonly ReportTicketRow[], now: Date): string {
  return encodeCsv(ticketCsvHeader, ticketCsvRows(tickets, now));
}

/** The download's file name: ASCII only, e.g. `madoguchi-sla-funds-2026-11-01_2026-11-30.csv`. */
export function reportFileName(
  kind: ReportKind,
  query: { team?: TeamKey; from: string; to: string },
): string {
  return `madoguchi-${kind}-${query.team ?? "all"}-${query.from}_${query.to}.csv`;
}
