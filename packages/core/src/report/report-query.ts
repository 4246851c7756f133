import { z } from "zod";
import { DomainError } from "../errors/domain-error";
import { type TeamKey, teamKeys } from "../team/teams";
import {
  defaultReportPeriod,
  jstDaySchema,
  parseJstDay,
  periodDays,
  REPORT_MAX_DAYS,
  reportGranularities,
  type ReportPeriod,
} from "./report-period";

/** The reports that export as CSV, one file each; `tickets` lists the tickets behind the figures. */
export const reportKinds = [
  "volume",
  "response-times",
  "sla",
  "backlog",
  "reopens",
  "csat",
  "deflection",
  "tickets",
] as const;
export type ReportKind = (typeof reportKinds)[number];
export const reportKindSchema = z.enum(reportKinds);

// Refinements run even when a day failed its own check: they must not trust the days.
const validDays = (query: { from: string; to: string }) =>
  parseJstDay(query.from) !== undefined && parseJstDay(query.to) !== undefined;

const windowSchema = z.enum(teamKeys, { error: "report.team.invalid" });

/**
 * A report request: one window (omitted: every window the caller may see) and a period of JST
 * days. Refused: a reversed period, or one longer than a year.
 */
export const reportQuerySchema = z
  .object({
    team: windowSchema.optional(),
    from: jstDaySchema,
    to: jstDaySchema,
    granularity: z.enum(reportGranularities, { error: "report.granularity.invalid" }).default("day"),
  })
  .refine((query) => query.from <= query.to, { message: "report.period.reversed", path: ["to"] })
  .refine((query) => !validDays(query) || query.from > query.to || periodDays(query) <= REPORT_MAX_DAYS, {
    message: "report.period.tooLong",
    path: ["from"],
  });
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export const reportExportSchema = z.object({ kind: reportKindSchema, query: reportQuerySchema });
export type ReportExport = z.infer<typeof reportExportSchema>;

type SearchParams = Record<string, string | string[] | undefined>;

function single(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

/**
 * A report request from a page's or a download's query string (a GET form: blank fields are
 * empty strings). Missing days fall back to the default period; anything invalid is reported,
 * not guessed.
 */
export function reportQueryFromParams(
  params: SearchParams,
  now: Date,
): { ok: true; query: ReportQuery } | { ok: false; problems: string[]; fallback: ReportQuery } {
  const fallback: ReportPeriod = defaultReportPeriod(now);
  const team = single(params, "team");
  const candidate = {
    ...(team && team !== "all" ? { team } : {}),
    from: single(params, "from") ?? fallback.from,
    to: single(params, "to") ?? fallback.to,
    granularity: single(params, "granularity") ?? fallback.granularity,
  };
  const parsed = reportQuerySchema.safeParse(candidate);
  if (parsed.success) return { ok: true, query: parsed.data };
  return {
    ok: false,
    problems: [...new Set(parsed.error.issues.map((issue) => issue.message))],
    fallback: { ...fallback },
  };
}

/** The query string of a report request, for links (CSV downloads, the filter form's state). */
export function reportQueryParams(query: ReportQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.team) params.set("team", query.team);
  params.set("from", query.from);
  params.set("to", query.to);
  params.set("granularity", query.granularity);
  return params;
}

/**
 * The windows a report covers: every window the caller sees (core's `visibleTeams`), or the one
 * asked for if the caller sees it. A lead asking for another window's figures is refused.
 */
export function reportWindows(
  visible: "all" | readonly TeamKey[],
  requested: TeamKey | undefined,
): "all" | readonly TeamKey[] {
  if (!requested) return visible;
  if (visible === "all" || visible.includes(requested)) return [requested];
  throw new DomainError("FORBIDDEN", "report.windowForbidden");
}

/** The windows a caller may pick in the report's filter. */
export function selectableWindows(visible: "all" | readonly TeamKey[]): TeamKey[] {
  return visible === "all" ? [...teamKeys] : teamKeys.filter((key) => visible.includes(key));
}
