// Reads a report chart's SVG back into numbers, as a person reads a chart against its axis: each
// bar's length measured on the scale its tick labels give. A test can then compare the picture with
// the table beneath it, rather than trusting that both came from the same data.

export interface DrawnChart {
  /** Each category's drawn total (the stacked segments added up), in the order drawn. */
  totals: number[];
}

const number = (attribute: string, tag: string): number => {
  const match = tag.match(new RegExp(`\\s${attribute}="(-?[\\d.]+)"`));
  if (!match) throw new Error(`no ${attribute} in ${tag}`);
  return Number(match[1]);
};

/**
 * The totals the report chart in `markup` draws. Columns (weeks along the bottom) are measured upwards from the zero
 * tick; bars (named categories) rightwards. Patterns in <defs> are not bars and are left out.
 */
export function readChart(markup: string, orientation: "columns" | "bars"): DrawnChart {
  // The chart itself: the key beside it has swatches of its own.
  const svg = markup.match(/<svg class="report-chart"[\s\S]*?<\/svg>/)?.[0];
  if (!svg) throw new Error("no report chart in the markup");
  const body = svg.replace(/<defs>[\s\S]*?<\/defs>/g, "");
  const ticks = [...body.matchAll(/<g><line([^>]*)><\/line><text[^>]*>([^<]*)<\/text><\/g>/g)].map((m) => ({
    at: number(orientation === "columns" ? "y1" : "x1", m[1]!),
    value: Number.parseFloat(m[2]!.replace(/[,%]/g, "")),
  }));
  const zero = ticks.find((t) => t.value === 0);
  const top = ticks.at(-1);
  if (!zero || !top || top.value === 0) throw new Error(`no scale in ${svg.slice(0, 200)}`);
  const perUnit = Math.abs(top.at - zero.at) / top.value;
  const totals = new Map<number, number>();
  for (const [rect] of body.matchAll(/<rect[^>]*>/g)) {
    const place = number(orientation === "columns" ? "x" : "y", rect);
    const length = number(orientation === "columns" ? "height" : "width", rect);
    totals.set(place, (totals.get(place) ?? 0) + length / perUnit);
  }
  return { totals: [...totals.entries()].sort(([a], [b]) => a - b).map(([, v]) => Math.round(v * 10) / 10) };
}
