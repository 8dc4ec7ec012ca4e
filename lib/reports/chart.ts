/**
 * One report section as data: what the chart draws, the table beneath it and the CSV all come
 * from this, so the picture and the numbers cannot disagree.
 */
export interface Series {
  key: string;
  label: string;
  /** One value per category, in category order; null where there is nothing to measure. */
  values: (number | null)[];
}

export interface Category {
  /** What a person reads: "30 Nov 2026", "Family-based IPT (FB-IPT)". */
  label: string;
  /** What the CSV holds: an ISO date for a week (a spreadsheet reads it as a date), else the label. */
  csvLabel: string;
}

export type ValueFormat = "count" | "percent" | "working-days";

export interface Chart {
  /** Stable and URL-safe: the section's anchor and the CSV's name. */
  id: ChartId;
  title: string;
  /** The chart's finding in a sentence or two: the SVG's description and the text beneath the heading. */
  summary: string;
  /** Columns run along the bottom (weeks); bars run across (named categories). */
  orientation: "columns" | "bars";
  categoryHeading: string;
  valueHeading: string;
  format: ValueFormat;
  categories: Category[];
  /** Several series are stacked, each told apart by pattern as well as colour. */
  series: Series[];
  /** A line to measure against, such as the response standard. */
  reference?: { value: number; label: string };
  /** The numbers beneath the chart and in the CSV; may hold more than the chart draws. */
  table: Table;
}

/** Each heading names its unit ("(working days)", "(%)"), so a bare number in the CSV is clear. */
export interface Table {
  header: string[];
  rows: TableRow[];
}

export interface TableRow {
  label: string;
  csvLabel: string;
  /** Null where there is nothing to measure: shown as "no data", empty in the CSV. */
  cells: (number | null)[];
}

export const CHART_IDS = [
  "referrals-by-journey",
  "referrals-by-programme",
  "response-times",
  "outcomes-by-programme",
  "urgent-share",
  "sources",
] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** The default table: a row per category, a column per series, and a total when stacked. */
export function seriesTable(categoryHeading: string, categories: Category[], series: Series[]): Table {
  const withTotal = series.length > 1;
  return {
    header: [categoryHeading, ...series.map((s) => s.label), ...(withTotal ? ["Total"] : [])],
    rows: categories.map((category, i) => {
      const values = series.map((s) => s.values[i] ?? null);
      const total = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
      return { label: category.label, csvLabel: category.csvLabel, cells: [...values, ...(withTotal ? [total] : [])] };
    }),
  };
}
