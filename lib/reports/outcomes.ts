import { STATUS_LABELS, type Status } from "@/lib/triage/labels";
import { seriesTable, type Chart } from "./chart";
import type { ReportRow } from "./rows";
import { percent, programmeKeyOf, programmeKeys, type ReportScope } from "./scope";

/** Where each referral stands now. "Still open" joins new and in review: neither is an outcome. */
const OUTCOME_GROUPS: { key: string; label: string; statuses: Status[] }[] = [
  { key: "open", label: "Still open (new or in review)", statuses: ["NEW", "IN_REVIEW"] },
  { key: "ACCEPTED", label: STATUS_LABELS.ACCEPTED, statuses: ["ACCEPTED"] },
  { key: "SIGNPOSTED", label: STATUS_LABELS.SIGNPOSTED, statuses: ["SIGNPOSTED"] },
  { key: "DECLINED", label: STATUS_LABELS.DECLINED, statuses: ["DECLINED"] },
  { key: "WITHDRAWN", label: STATUS_LABELS.WITHDRAWN, statuses: ["WITHDRAWN"] },
  { key: "CLOSED", label: STATUS_LABELS.CLOSED, statuses: ["CLOSED"] },
];

export function outcomesByProgramme(rows: readonly ReportRow[], scope: ReportScope): Chart {
  const programmes = programmeKeys(
    scope,
    rows.map((r) => programmeKeyOf(r.programme)),
  );
  const index = new Map(programmes.map((p, i) => [p.key, i]));
  const series = OUTCOME_GROUPS.map((g) => ({ key: g.key, label: g.label, values: programmes.map(() => 0) }));
  for (const row of rows) {
    const group = OUTCOME_GROUPS.findIndex((g) => g.statuses.includes(row.status));
    const programme = index.get(programmeKeyOf(row.programme));
    if (group >= 0 && programme !== undefined) series[group]!.values[programme]! += 1;
  }
  const accepted = series[1]!.values.reduce((a, b) => a + b, 0);
  const open = series[0]!.values.reduce((a, b) => a + b, 0);
  const decided = rows.length - open;
  const summary =
    rows.length === 0
      ? "No referrals were received in this period."
      : `Of ${rows.length} referrals, ${open} ${open === 1 ? "is" : "are"} still open and ${decided} ` +
        `${decided === 1 ? "has" : "have"} an outcome; ${accepted} ` +
        `(${percent(accepted, decided) ?? 0}% of those with an outcome) were accepted for a programme.`;
  return {
    id: "outcomes-by-programme",
    title: "Outcomes by programme",
    summary,
    orientation: "bars",
    categoryHeading: "Programme",
    valueHeading: "Referrals",
    format: "count",
    categories: programmes,
    series,
    table: seriesTable("Programme", programmes, series),
  };
}
