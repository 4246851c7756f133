/**
 * Percentiles as PostgreSQL's `percentile_cont` computes them (linear interpolation between the
 * two nearest ranks), so a figure computed here and one computed by a report query agree.
 */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  if (fraction < 0 || fraction > 1 || Number.isNaN(fraction))
    throw new RangeError("fraction must be in [0, 1]");
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

export function median(values: readonly number[]): number | null {
  return percentileCont(values, 0.5);
}

export function p90(values: readonly number[]): number | null {
  return percentileCont(values, 0.9);
}

/** How long something took: the count it is computed over, the median and the 90th percentile. */
export interface DurationStats {
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export function durationStats(seconds: readonly number[]): DurationStats {
  return { count: seconds.length, medianSeconds: median(seconds), p90Seconds: p90(seconds) };
}

/** A share with its parts; `rate` is null when there is nothing to divide by (shown as "—", never 0 %). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
