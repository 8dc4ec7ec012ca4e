import type { Chart, ReportPeriod } from "@/lib/reports";
import { BarChart } from "./bar-chart";
import { ChartLegend } from "./chart-legend";
import { ColumnChart } from "./column-chart";
import { ReportTable } from "./report-table";

/** One section: heading, the finding in words, the picture, its key, its numbers and a CSV link. */
export function ReportSection({ chart, period }: { chart: Chart; period: Pick<ReportPeriod, "from" | "to"> }) {
  const csv = `/admin/reports/export?${new URLSearchParams({ chart: chart.id, from: period.from, to: period.to })}`;
  return (
    <section className="report-section" aria-labelledby={`${chart.id}-heading`}>
      <h2 id={`${chart.id}-heading`}>{chart.title}</h2>
      <p>{chart.summary}</p>
      <figure className="report-figure">
        {chart.orientation === "columns" ? <ColumnChart chart={chart} /> : <BarChart chart={chart} />}
        <ChartLegend chart={chart} />
      </figure>
      <ReportTable chart={chart} />
      <p>
        <a href={csv} download>
          Download these numbers as a spreadsheet (CSV)<span className="nhsuk-u-visually-hidden">: {chart.title}</span>
        </a>
      </p>
    </section>
  );
}
