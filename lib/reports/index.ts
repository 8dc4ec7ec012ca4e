import "server-only";
// The reports domain for app/: read the period's rows once, build every section, audit the look.
import type { StaffContext } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record";
import { getService } from "@/lib/config";
import { getDb } from "@/lib/db";
import { buildReport, type Report } from "./build";
import type { ChartId } from "./chart";
import { chartCsv, csvFileName } from "./csv";
import type { ReportPeriod } from "./period";
import { reportRows } from "./query";
import { scopeFor } from "./scope";

async function build(period: Pick<ReportPeriod, "from" | "to">, now: Date): Promise<Report> {
  const service = getService();
  const rows = await reportRows(getDb(), period.from, period.to);
  return buildReport(
    rows,
    scopeFor(period.from, period.to, {
      programmes: service.programmes,
      standardWorkingDays: service.responseWorkingDays,
      hours: service.officeHours,
      now,
    }),
  );
}

export const reports = {
  /** The whole report for a period; the view is audited with the period, never with any person. */
  view: async (context: StaffContext, period: ReportPeriod, now = new Date()): Promise<Report> => {
    const report = await build(period, now);
    await recordAudit(getDb(), {
      actorId: context.staff.id,
      action: "report.viewed",
      ip: context.ip,
      detail: { from: period.from, to: period.to, referrals: report.total },
    });
    return report;
  },
  /** One section's table as a CSV file, audited like the view. */
  exportCsv: async (
    context: StaffContext,
    period: ReportPeriod,
    chartId: ChartId,
    now = new Date(),
  ): Promise<{ csv: string; fileName: string }> => {
    const report = await build(period, now);
    const chart = report.charts.find((c) => c.id === chartId)!;
    await recordAudit(getDb(), {
      actorId: context.staff.id,
      action: "report.exported",
      ip: context.ip,
      detail: { chart: chartId, from: period.from, to: period.to, referrals: report.total },
    });
    return { csv: chartCsv(chart), fileName: csvFileName(chart, period.from, period.to) };
  },
};

export { CHART_IDS, type Chart, type ChartId, type Series, type Table, type ValueFormat } from "./chart";
export { parsePeriod, type ReportPeriod } from "./period";
export { dayLabel } from "./scope";
export type { Report } from "./build";
