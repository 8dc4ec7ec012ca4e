import { stack } from "d3-shape";
import type { Series } from "@/lib/reports";

/** One drawn segment: series `index`, category `category`, from `start` to `end` on the value axis. */
export interface Segment {
  index: number;
  category: number;
  start: number;
  end: number;
}

/** d3-shape's stack over the categories: each series sits on the ones before it. Null counts as 0. */
export function stackSegments(series: readonly Series[], categoryCount: number): Segment[] {
  const rows = Array.from({ length: categoryCount }, (_, category) => category);
  const layers = stack<number, number>()
    .keys(series.map((_, i) => i))
    .value((category, i) => series[i]!.values[category] ?? 0)(rows);
  return layers.flatMap((layer, index) =>
    layer
      .map(([start, end], category) => ({ index, category, start, end }))
      .filter((segment) => segment.end > segment.start),
  );
}

/** The largest stacked total, for the value axis. */
export const stackedMax = (series: readonly Series[], categoryCount: number) =>
  Math.max(
    0,
    ...Array.from({ length: categoryCount }, (_, c) => series.reduce((sum, s) => sum + (s.values[c] ?? 0), 0)),
  );
