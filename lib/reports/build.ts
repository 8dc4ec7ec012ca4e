import type { Chart, ChartId } from "./chart";
import { outcomesByProgramme } from "./outcomes";
import { responseTimes } from "./response-times";
import type { ReportRow } from "./rows";
import type { ReportScope } from "./scope";
import { referralSources } from "./sources-chart";
import { urgentShare } from "./urgent";
import { referralsByJourney, referralsByProgramme } from "./weekly";

export interface Report {
  scope: ReportScope;
  /** Referrals received in the period (enquiries are not counted). */
  total: number;
  charts: Chart[];
}

/** Every section of the report from the period's rows: pure, so tests can give it any rows. */
export function buildReport(rows: readonly ReportRow[], scope: ReportScope): Report {
  return {
    scope,
    total: rows.length,
    charts: [
      referralsByJourney(rows, scope),
      referralsByProgramme(rows, scope),
      responseTimes(rows, scope),
      outcomesByProgramme(rows, scope),
      urgentShare(rows, scope),
      referralSources(rows),
    ],
  };
}

export function chartById(report: Report, id: ChartId): Chart {
  return report.charts.find((c) => c.id === id)!;
}
