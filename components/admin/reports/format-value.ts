import type { ValueFormat } from "@/lib/reports";

const count = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** A value as the table and the chart's labels show it; null is "no data", never a zero. */
export function formatValue(value: number | null, format: ValueFormat): string {
  if (value === null) return "no data";
  if (format === "percent") return `${count.format(value)}%`;
  if (format === "working-days") return `${count.format(value)} ${value === 1 ? "day" : "days"}`;
  return count.format(value);
}

/** A table cell: the heading already names the unit, so only the number. */
export const formatCell = (value: number | null) => (value === null ? "no data" : count.format(value));
