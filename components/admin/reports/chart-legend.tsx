import type { Chart } from "@/lib/reports";
import { fillOf } from "./chart-style";
import { SeriesPatterns } from "./series-patterns";

/**
 * The key to a stacked chart, as HTML text beside a sample of each fill: the words are real text
 * (they zoom and translate), the samples are decoration.
 */
export function ChartLegend({ chart }: { chart: Chart }) {
  if (chart.series.length < 2) return null;
  const legendId = `${chart.id}-key`;
  return (
    <ul className="report-legend" aria-label={`Key to the chart: ${chart.title}`}>
      {chart.series.map((s, i) => (
        <li key={s.key}>
          <svg className="report-legend__swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
            {i === 0 && <SeriesPatterns chartId={legendId} count={chart.series.length} />}
            <rect width={24} height={16} fill={fillOf(legendId, i)} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
