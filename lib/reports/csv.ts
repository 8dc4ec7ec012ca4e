import { toCsv } from "@/lib/triage/csv";
import type { Chart } from "./chart";

/**
 * A section's table as CSV: every cell quoted and formula-safe (lib/triage/csv), weeks as UK
 * calendar dates (YYYY-MM-DD, which spreadsheets read as dates), empty where there is no data.
 */
export function chartCsv(chart: Chart): string {
  return toCsv(
    chart.table.header,
    chart.table.rows.map((row) => [row.csvLabel, ...row.cells]),
  );
}

export function csvFileName(chart: Chart, from: string, to: string): string {
  return `${chart.id}-${from}-to-${to}.csv`;
}
