import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import {
  reportQueryFromParams,
  reportQueryParams,
  reportQuerySchema,
  reportWindows,
  selectableWindows,
} from "./report-query";

const NOW = new Date("2026-11-28T10:00:00+09:00");

describe("report requests", () => {
  it("defaults to the last 30 days of every window", () => {
    expect(reportQueryFromParams({ team: "", from: "", to: "" }, NOW)).toEqual({
      ok: true,
      query: { from: "2026-10-30", to: "2026-11-28", granularity: "day" },
    });
    expect(reportQueryFromParams({ team: "all" }, NOW)).toMatchObject({
      ok: true,
      query: { from: "2026-10-30" },
    });
  });

  it("reads a window, a period and a granularity from the query string", () => {
    const result = reportQueryFromParams(
      { team: "funds", from: "2026-10-01", to: "2026-10-31", granularity: ["week", "day"] },
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      query: { team: "funds", from: "2026-10-01", to: "2026-10-31", granularity: "week" },
    });
    if (result.ok)
      expect(reportQueryParams(result.query).toString()).toBe(
        "team=funds&from=2026-10-01&to=2026-10-31&granularity=week",
      );
  });

  it.each<[Record<string, string>, string]>([
    [{ from: "2026-11-10", to: "2026-11-01" }, "report.period.reversed"],
    [{ from: "2025-01-01", to: "2026-11-01" }, "report.period.tooLong"],
    [{ from: "2026-02-30" }, "report.day.invalid"],
    [{ team: "everyone" }, "report.team.invalid"],
    [{ granularity: "hour" }, "report.granularity.invalid"],
  ])("refuses %j (%s)", (params, problem) => {
    const result = reportQueryFromParams(params, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContain(problem);
      expect(result.fallback).toEqual({ from: "2026-10-30", to: "2026-11-28", granularity: "day" });
    }
  });

  it("takes a whole year (a leap year's 367 days at most), not more", () => {
    expect(reportQuerySchema.safeParse({ from: "2027-02-28", to: "2028-02-29" }).success).toBe(true);
    expect(reportQuerySchema.safeParse({ from: "2027-02-27", to: "2028-02-29" }).success).toBe(false);
  });

  it.each<
    [
      string,
      "all" | ("funds" | "security")[],
      "funds" | "security" | undefined,
      "all" | string[] | "FORBIDDEN",
    ]
  >([
    ["an admin, every window", "all", undefined, "all"],
    ["an admin, one window", "all", "security", ["security"]],
    ["a lead, their windows", ["funds"], undefined, ["funds"]],
    ["a lead, their window", ["funds"], "funds", ["funds"]],
    ["a lead, another window", ["funds"], "security", "FORBIDDEN"],
  ])("covers the windows of %s", (_case, visible, requested, expected) => {
    if (expected === "FORBIDDEN") {
      expect(() => reportWindows(visible, requested)).toThrow(DomainError);
      return;
    }
    expect(reportWindows(visible, requested)).toEqual(expected);
  });

  it("offers the windows the caller sees, in the catalogue's order", () => {
    expect(selectableWindows("all")).toEqual(["trading", "funds", "system", "security", "general"]);
    expect(selectableWindows(["security", "funds"])).toEqual(["funds", "security"]);
  });
});
