import { quantileSorted } from "d3-array";

/**
 * The p-th percentile (0–1) of some numbers, or null when there are none. Linear interpolation
 * between the two nearest ranks (d3-array's quantile, Hyndman and Fan's method 7): the same answer
 * as a spreadsheet's MEDIAN and PERCENTILE.INC, so anyone can check a figure from the CSV.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return quantileSorted(sorted, p) ?? null;
}

export const median = (values: readonly number[]) => percentile(values, 0.5);
