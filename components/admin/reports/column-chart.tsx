import { scaleBand, scaleLinear } from "d3-scale";
import type { Chart } from "@/lib/reports";
import { fillOf, GRID, INK } from "./chart-style";
import { formatValue } from "./format-value";
import { ChartSvg } from "./chart-svg";
import { stackedMax, stackSegments } from "./stacked";

const WIDTH = 720;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 16, bottom: 52, left: 56 };
/** At most this many week labels along the bottom; the table beneath names every week. */
const MAX_LABELS = 12;

/**
 * Weeks along the bottom, stacked columns of counts or a share. Drawn on the server from d3-scale
 * and d3-shape: plain SVG, no script. role="img" with a title and description stands for the
 * whole picture; the text summary and the table beneath carry every number.
 */
export function ColumnChart({ chart }: { chart: Chart }) {
  const n = chart.categories.length;
  const x = scaleBand<number>()
    .domain(chart.categories.map((_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const y = scaleLinear()
    .domain([0, Math.max(stackedMax(chart.series, n), chart.format === "percent" ? 10 : 5)])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice();
  const ticks = y.ticks(5).filter((t) => chart.format !== "count" || Number.isInteger(t));
  const every = Math.ceil(n / MAX_LABELS);
  return (
    <ChartSvg chart={chart} width={WIDTH} height={HEIGHT}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} stroke={GRID} />
          <text x={MARGIN.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fill={INK} fontSize={12}>
            {formatValue(t, chart.format === "percent" ? "percent" : "count")}
          </text>
        </g>
      ))}
      {stackSegments(chart.series, n).map((s) => (
        <rect
          key={`${s.index}-${s.category}`}
          x={x(s.category)}
          width={x.bandwidth()}
          y={y(s.end)}
          height={y(s.start) - y(s.end)}
          fill={fillOf(chart.id, s.index)}
          stroke="#ffffff"
          strokeWidth={1}
        />
      ))}
      <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} stroke={INK} />
      {chart.categories.map((c, i) =>
        i % every === 0 ? (
          <text
            key={c.csvLabel}
            x={x(i)! + x.bandwidth() / 2}
            y={HEIGHT - MARGIN.bottom + 16}
            textAnchor="middle"
            fill={INK}
            fontSize={12}
          >
            {c.label.replace(/ \d{4}$/, "")}
          </text>
        ) : null,
      )}
      <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 8} textAnchor="middle" fill={INK} fontSize={12}>
        {chart.categoryHeading}
      </text>
      <text
        transform={`translate(14 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fill={INK}
        fontSize={12}
      >
        {chart.valueHeading}
      </text>
    </ChartSvg>
  );
}
