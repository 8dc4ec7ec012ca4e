import type { Chart } from "./chart";
import type { ReportRow } from "./rows";
import { dayLabel, percent, weekCategories, type ReportScope } from "./scope";
import { ukWeekOf } from "./weeks";

/** The share of each week's referrals marked urgent (by the answers or, since, by staff). */
export function urgentShare(rows: readonly ReportRow[], scope: ReportScope): Chart {
  const weekIndex = new Map(scope.weeks.map((monday, i) => [monday, i]));
  const urgent = scope.weeks.map(() => 0);
  const all = scope.weeks.map(() => 0);
  for (const row of rows) {
    const i = weekIndex.get(ukWeekOf(row.receivedAt));
    if (i === undefined) continue;
    all[i]! += 1;
    if (row.urgent) urgent[i]! += 1;
  }
  const shares = scope.weeks.map((_, i) => percent(urgent[i]!, all[i]!));
  const totalUrgent = urgent.reduce((a, b) => a + b, 0);
  const total = all.reduce((a, b) => a + b, 0);
  const highest = shares.reduce<number>((best, s, i) => ((s ?? -1) > (shares[best] ?? -1) ? i : best), 0);
  const categories = weekCategories(scope);
  return {
    id: "urgent-share",
    title: "Share of referrals marked urgent, each week",
    summary:
      total === 0
        ? "No referrals were received in this period."
        : `${totalUrgent} of ${total} referrals (${percent(totalUrgent, total)}%) were urgent. ` +
          `The highest weekly share was ${shares[highest]}%, in the week beginning ${dayLabel(scope.weeks[highest]!)}.`,
    orientation: "columns",
    categoryHeading: "Week beginning (Monday, UK time)",
    valueHeading: "Urgent (%)",
    format: "percent",
    categories,
    series: [{ key: "urgent-share", label: "Urgent (%)", values: shares }],
    table: {
      header: ["Week beginning (Monday, UK time)", "Urgent referrals", "All referrals", "Urgent (%)"],
      rows: categories.map((c, i) => ({ ...c, cells: [urgent[i]!, all[i]!, shares[i]!] })),
    },
  };
}
