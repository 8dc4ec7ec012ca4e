import type { Chart } from "./chart";
import type { ReportRow } from "./rows";
import { percent } from "./scope";
import { SOURCE_LABELS, SOURCES, sourceOf, type Source } from "./sources";

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Who referred: the person, a parent or carer, a GP or another professional. */
export function referralSources(rows: readonly ReportRow[]): Chart {
  const counts = new Map<Source, number>(SOURCES.map((s) => [s, 0]));
  for (const row of rows) counts.set(sourceOf(row), counts.get(sourceOf(row))! + 1);
  // A professional whose role was cleared by anonymisation is shown only when there is one.
  const shown = SOURCES.filter((s) => s !== "professional-unknown" || counts.get(s)! > 0);
  const categories = shown.map((s) => ({ label: SOURCE_LABELS[s], csvLabel: SOURCE_LABELS[s] }));
  const values = shown.map((s) => counts.get(s)!);
  const top = shown[values.indexOf(Math.max(...values))]!;
  return {
    id: "sources",
    title: "Who referred",
    summary:
      rows.length === 0
        ? "No referrals were received in this period."
        : `The largest group was ${lowerFirst(SOURCE_LABELS[top])}: ` +
          `${counts.get(top)} of ${rows.length} referrals (${percent(counts.get(top)!, rows.length)}%). ` +
          `GPs made ${counts.get("gp")} and other professionals ${counts.get("other-professional")}.`,
    orientation: "bars",
    categoryHeading: "Referred by",
    valueHeading: "Referrals",
    format: "count",
    categories,
    series: [{ key: "referrals", label: "Referrals", values }],
    table: {
      header: ["Referred by", "Referrals", "Share (%)"],
      rows: categories.map((c, i) => ({ ...c, cells: [values[i]!, percent(values[i]!, rows.length)] })),
    },
  };
}
