import type { Chart, Series } from "./chart";
import { seriesTable } from "./chart";
import { JOURNEY_LABELS } from "@/lib/triage/labels";
import { REFERRAL_JOURNEYS, type ReportRow } from "./rows";
import { dayLabel, programmeKeyOf, programmeKeys, weekCategories, type KeyedCategory, type ReportScope } from "./scope";
import { ukWeekOf } from "./weeks";

/** Counts per UK week for each series, where `keyOf` says which series a referral belongs to. */
function countByWeek(
  rows: readonly ReportRow[],
  scope: ReportScope,
  groups: readonly KeyedCategory[],
  keyOf: (row: ReportRow) => string,
): Series[] {
  const weekIndex = new Map(scope.weeks.map((monday, i) => [monday, i]));
  const series = groups.map((g) => ({ key: g.key, label: g.label, values: scope.weeks.map(() => 0) }));
  const byKey = new Map(series.map((s) => [s.key, s]));
  for (const row of rows) {
    const week = weekIndex.get(ukWeekOf(row.receivedAt));
    const target = byKey.get(keyOf(row));
    if (week !== undefined && target) target.values[week]! += 1;
  }
  return series;
}

/** "312 referrals over 12 weeks (26 a week on average). Most came from …; the busiest week began …" */
function weeklySummary(series: Series[], scope: ReportScope, what: string): string {
  const weekTotals = scope.weeks.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const total = weekTotals.reduce((a, b) => a + b, 0);
  if (total === 0) return `No referrals were received in this period.`;
  const weeks = scope.weeks.length;
  const average = Math.round((total / weeks) * 10) / 10;
  const seriesTotals = series.map((s) => ({ label: s.label, n: s.values.reduce<number>((a, b) => a + (b ?? 0), 0) }));
  const top = seriesTotals.reduce((a, b) => (b.n > a.n ? b : a));
  const busiest = weekTotals.indexOf(Math.max(...weekTotals));
  return (
    `${total} ${total === 1 ? "referral" : "referrals"} over ${weeks} ${weeks === 1 ? "week" : "weeks"} ` +
    `(${average} a week on average). Largest ${what}: ${top.label} (${top.n}). ` +
    `The busiest week began ${dayLabel(scope.weeks[busiest]!)} (${weekTotals[busiest]}).`
  );
}

function weeklyChart(
  id: "referrals-by-journey" | "referrals-by-programme",
  title: string,
  what: string,
  series: Series[],
  scope: ReportScope,
): Chart {
  const categories = weekCategories(scope);
  return {
    id,
    title,
    summary: weeklySummary(series, scope, what),
    orientation: "columns",
    categoryHeading: "Week beginning (Monday, UK time)",
    valueHeading: "Referrals",
    format: "count",
    categories,
    series,
    table: seriesTable("Week beginning (Monday, UK time)", categories, series),
  };
}

export function referralsByJourney(rows: readonly ReportRow[], scope: ReportScope): Chart {
  const groups = REFERRAL_JOURNEYS.map((j) => ({ key: j, label: JOURNEY_LABELS[j], csvLabel: JOURNEY_LABELS[j] }));
  const series = countByWeek(rows, scope, groups, (row) => row.journey);
  return weeklyChart("referrals-by-journey", "Referrals each week, by type of referral", "type", series, scope);
}

export function referralsByProgramme(rows: readonly ReportRow[], scope: ReportScope): Chart {
  const groups = programmeKeys(
    scope,
    rows.map((r) => programmeKeyOf(r.programme)),
  );
  const series = countByWeek(rows, scope, groups, (row) => programmeKeyOf(row.programme));
  return weeklyChart("referrals-by-programme", "Referrals each week, by programme", "programme", series, scope);
}
