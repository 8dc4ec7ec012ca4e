import type { Metadata } from "next";
import "./reports.css";
import { ReportPeriodForm } from "@/components/admin/reports/report-period-form";
import { ReportSection } from "@/components/admin/reports/report-section";
import { ReportDefinitions } from "@/components/admin/reports/report-definitions";
import { PeriodErrors } from "@/components/admin/reports/period-errors";
import { requireStaff } from "@/lib/auth";
import { getService } from "@/lib/config";
import { dayLabel, parsePeriod, reports } from "@/lib/reports";

export const metadata: Metadata = { title: "Service reports" };

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireStaff("report:view");
  const period = parsePeriod(await searchParams, new Date());
  const report = await reports.view(context, period);
  const service = getService();
  return (
    <>
      <PeriodErrors errors={period.errors} />
      <h1>Service reports</h1>
      <p>
        Referrals received from {dayLabel(period.from)} to {dayLabel(period.to)} (UK time): {report.total}. General
        questions and training enquiries are not counted. Weeks run Monday to Sunday; the first and last may be part
        weeks.
      </p>
      <ReportPeriodForm period={period} />
      <nav aria-label="Sections of this report">
        <ul className="report-contents">
          {report.charts.map((chart) => (
            <li key={chart.id}>
              <a href={`#${chart.id}-heading`}>{chart.title}</a>
            </li>
          ))}
          <li>
            <a href="#definitions">How these are counted</a>
          </li>
        </ul>
      </nav>
      {report.charts.map((chart) => (
        <ReportSection key={chart.id} chart={chart} period={period} />
      ))}
      <ReportDefinitions standardWorkingDays={service.responseWorkingDays} />
    </>
  );
}
