import { describe, expect, it } from "vitest";
import { median, percentile } from "@/lib/reports/percentile";

// Linear interpolation between closest ranks (Hyndman and Fan method 7, a spreadsheet's
// PERCENTILE.INC): the p-th percentile of n sorted values sits at position h = (n - 1) * p.
describe("percentiles", () => {
  it("gives the middle value of an odd count and the mean of the middle two of an even count", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("interpolates the 90th percentile between the two nearest ranks", () => {
    // n = 10: h = 9 × 0.9 = 8.1, between the 9th (8) and 10th (20) values: 8 + 0.1 × 12 = 9.2.
    expect(percentile([0, 1, 1, 2, 3, 4, 5, 6, 8, 20], 0.9)).toBeCloseTo(9.2, 10);
    // n = 11: h = 10 × 0.9 = 9, exactly the 10th value.
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10);
  });

  it("does not depend on the order the values come in, and leaves them as they were", () => {
    const values = [20, 8, 6, 5, 4, 3, 2, 1, 1, 0];
    expect(percentile(values, 0.9)).toBeCloseTo(9.2, 10);
    expect(values).toEqual([20, 8, 6, 5, 4, 3, 2, 1, 1, 0]);
  });

  it("gives the only value for one referral, and nothing for none", () => {
    expect(percentile([7], 0.9)).toBe(7);
    expect(median([])).toBeNull();
    expect(percentile([], 0.9)).toBeNull();
  });

  it("gives the smallest and largest values at the ends", () => {
    expect(percentile([3, 9, 1], 0)).toBe(1);
    expect(percentile([3, 9, 1], 1)).toBe(9);
  });
});
