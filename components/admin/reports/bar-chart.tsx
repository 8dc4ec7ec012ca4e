import { scaleBand, scaleLinear } from "d3-scale";
import type { Chart } from "@/lib/reports";
import { fillOf, GRID, INK } from "./chart-style";
import { formatValue } from "./format-value";
import { ChartSvg } from "./chart-svg";
import { stackedMax, stackSegments } from "./stacked";

const WIDTH = 720;
const ROW = 34;
const MARGIN = { right: 72, bottom: 40, left: 260 };
/** Room above the bars for the reference line's words, when there is one. */
const top = (chart: Chart) => (chart.reference ? 34 : 10);

/**
 * Named categories down the side, bars across, stacked when there are several series, each bar's
 * total written at its end, and an optional dashed line to measure against (the response
 * standard). Server-rendered SVG from d3-scale and d3-shape; the table beneath has every number.
 */
export function BarChart({ chart }: { chart: Chart }) {
  const n = chart.categories.length;
  const marginTop = top(chart);
  const height = marginTop + n * ROW + MARGIN.bottom;
  const y = scaleBand<number>()
    .domain(chart.categories.map((_, i) => i))
    .range([marginTop, height - MARGIN.bottom])
    .padding(0.25);
  const x = scaleLinear()
    .domain([0, Math.max(stackedMax(chart.series, n), chart.reference?.value ?? 0, 1)])
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .nice();
  const ticks = x.ticks(6).filter((t) => Number.isInteger(t));
  const totals = chart.categories.map((_, c) =>
    chart.series.every((s) => s.values[c] === null)
      ? null
      : chart.series.reduce((sum, s) => sum + (s.values[c] ?? 0), 0),
  );
  const bottom = height - MARGIN.bottom;
  return (
    <ChartSvg chart={chart} width={WIDTH} height={height}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={marginTop} y2={bottom} stroke={GRID} />
          <text x={x(t)} y={bottom + 16} textAnchor="middle" fill={INK} fontSize={12}>
            {t}
          </text>
        </g>
      ))}
      {stackSegments(chart.series, n).map((s) => (
        <rect
          key={`${s.index}-${s.category}`}
          x={x(s.start)}
          width={x(s.end) - x(s.start)}
          y={y(s.category)}
          height={y.bandwidth()}
          fill={fillOf(chart.id, s.index)}
          stroke="#ffffff"
          strokeWidth={1}
        />
      ))}
      {chart.reference && (
        <g>
          <line
            x1={x(chart.reference.value)}
            x2={x(chart.reference.value)}
            y1={marginTop - 6}
            y2={bottom}
            stroke={INK}
            strokeWidth={2}
            strokeDasharray="6 4"
          />
          <text
            x={x(chart.reference.value)}
            y={marginTop - 12}
            // Written away from the nearer edge, so a line at the end of the scale keeps its words.
            textAnchor={x(chart.reference.value) > (MARGIN.left + WIDTH) / 2 ? "end" : "start"}
            fill={INK}
            fontSize={12}
          >
            {chart.reference.label}
          </text>
        </g>
      )}
      <line x1={x(0)} x2={x(0)} y1={marginTop} y2={bottom} stroke={INK} />
      {chart.categories.map((c, i) => (
        <g key={c.csvLabel}>
          <text x={MARGIN.left - 8} y={y(i)! + y.bandwidth() / 2} dy="0.32em" textAnchor="end" fill={INK} fontSize={12}>
            {c.label}
          </text>
          {/* A white halo keeps the value readable where the reference line crosses it. */}
          <text
            x={x(totals[i] ?? 0) + 6}
            y={y(i)! + y.bandwidth() / 2}
            dy="0.32em"
            fill={INK}
            fontSize={12}
            stroke="#ffffff"
            strokeWidth={4}
            paintOrder="stroke"
          >
            {formatValue(totals[i] ?? null, chart.format)}
          </text>
        </g>
      ))}
      <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={height - 6} textAnchor="middle" fill={INK} fontSize={12}>
        {chart.valueHeading}
      </text>
    </ChartSvg>
  );
}
