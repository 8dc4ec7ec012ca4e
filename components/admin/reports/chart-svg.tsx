import type { ReactNode } from "react";
import type { Chart } from "@/lib/reports";
import { SeriesPatterns } from "./series-patterns";

/**
 * The frame every report chart shares: one image named by its title and described by the same
 * summary the page shows as text, with the series' patterns defined for its bars.
 */
export function ChartSvg({
  chart,
  width,
  height,
  children,
}: {
  chart: Chart;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      className="report-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${chart.id}-title`}
      aria-describedby={`${chart.id}-desc`}
    >
      <title id={`${chart.id}-title`}>{chart.title}</title>
      <desc id={`${chart.id}-desc`}>{chart.summary}</desc>
      <SeriesPatterns chartId={chart.id} count={chart.series.length} />
      {children}
    </svg>
  );
}
