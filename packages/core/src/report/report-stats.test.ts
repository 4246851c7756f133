import { describe, expect, it } from "vitest";
import { durationStats, median, p90, percentileCont, ratio } from "./report-stats";

describe("percentiles as PostgreSQL's percentile_cont", () => {
  // Expected values are what `SELECT percentile_cont(f) WITHIN GROUP (ORDER BY v)` returns.
  it.each<[number[], number, number | null]>([
    [[], 0.5, null],
    [[42], 0.5, 42],
    [[42], 0.9, 42],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[4, 1, 3, 2], 0.9, 3.7],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.5, 55],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9, 91],
    [[5, 5, 5, 100], 0.5, 5],
    [[0, 600, 3600], 0, 0],
    [[0, 600, 3600], 1, 3600],
  ])("%j at %d is %d", (values, fraction, expected) => {
    const result = percentileCont(values, fraction);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 9);
  });

  it("names the median and the 90th percentile", () => {
    const values = [300, 60, 120, 240, 180];
    expect(median(values)).toBe(180);
    expect(p90(values)).toBeCloseTo(276, 9);
    expect(durationStats(values)).toEqual({
      count: 5,
      medianSeconds: 180,
      p90Seconds: expect.closeTo(276, 9),
    });
    expect(durationStats([])).toEqual({ count: 0, medianSeconds: null, p90Seconds: null });
  });

  it("refuses a fraction outside [0, 1]", () => {
    expect(() => percentileCont([1], 1.5)).toThrow(RangeError);
    expect(() => percentileCont([1], -0.1)).toThrow(RangeError);
  });

  it("has no share of nothing", () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(3, 4)).toBe(0.75);
  });
});
