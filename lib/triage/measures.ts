import "server-only";
import type { Database } from "@/lib/db";
import { getDb } from "@/lib/db";
import { measureSources, measures, type ItemAnswer, type MeasureId } from "@/lib/measures";

// Standard measure scores as staff read them: the referral page's panel and the inbox's severity column.

export interface MeasureView {
  id: string;
  measure: MeasureId;
  shortName: string;
  name: string;
  occasion: "BASELINE" | "SESSION";
  takenAt: Date;
  /** "Complete", "Prorated (1 item missing)", "Incomplete: …", "Entered by the referrer". */
  status: string;
  total: number | null;
  maxTotal: number;
  band: string | null;
  riskItemPositive: boolean;
  source: string;
  licence: string;
  /** Each item as asked, with the answer chosen ("Not answered" when left blank). */
  items: { label: string; value: string }[];
}

/** One measure's headline for the inbox: "PHQ-9 14, Moderate". */
export interface Severity {
  shortName: string;
  total: number | null;
  band: string | null;
  riskItemPositive: boolean;
}

const STATUS_TEXT = {
  COMPLETE: () => "Complete",
  PRORATED: (missing: number) =>
    `Prorated: ${missing} ${missing === 1 ? "item" : "items"} missing, scored by the measure's published rule`,
  INCOMPLETE: (missing: number) =>
    `Incomplete: ${missing} ${missing === 1 ? "item" : "items"} missing, no total (the measure has no prorating rule for this many)`,
  ENTERED: () => "Total entered by the referrer (no item answers)",
} as const;

function answerText(measureId: MeasureId, item: number, answer: ItemAnswer | undefined): string {
  const measure = measures[measureId];
  if (answer === "n/a") return measure.notApplicable?.label ?? "Not applicable";
  if (typeof answer !== "number") return "Not answered";
  return `${measure.options.find((o) => o.value === answer)?.label ?? "Unknown"} (${answer})`;
}

/** A referral's measure scores, oldest first (the baseline, then any later ones). */
export async function measureScoresFor(db: Database, referralId: string): Promise<MeasureView[]> {
  const rows = await db.measureScore.findMany({
    where: { referralId },
    orderBy: [{ takenAt: "asc" }, { measure: "asc" }],
  });
  return rows.map((row) => {
    const measure = measures[row.measure];
    const items = Array.isArray(row.items) ? (row.items as ItemAnswer[]) : [];
    const missing = row.status === "ENTERED" ? 0 : measure.items.length - row.itemsAnswered;
    return {
      id: row.id,
      measure: row.measure,
      shortName: measure.shortName,
      name: measure.name,
      occasion: row.occasion,
      takenAt: row.takenAt,
      status: STATUS_TEXT[row.status](missing),
      total: row.total,
      maxTotal: measure.maxTotal,
      band: row.band,
      riskItemPositive: row.riskItemPositive,
      source: measureSources[row.measure].source,
      licence: measureSources[row.measure].licence,
      items:
        row.status === "ENTERED"
          ? []
          : measure.items.map((text, i) => ({
              label: `${i + 1}. ${text}`,
              value: answerText(row.measure, i + 1, items[i]),
            })),
    };
  });
}

/** The latest score of each measure for each referral, for the inbox's severity column: one query. */
export async function severitiesFor(db: Database, referralIds: string[]): Promise<Record<string, Severity[]>> {
  if (!referralIds.length) return {};
  const rows = await db.measureScore.findMany({
    where: { referralId: { in: referralIds } },
    orderBy: [{ takenAt: "desc" }, { measure: "asc" }],
    select: { referralId: true, measure: true, total: true, band: true, riskItemPositive: true },
  });
  const result: Record<string, Severity[]> = {};
  for (const row of rows) {
    const list = (result[row.referralId] ??= []);
    const shortName = measures[row.measure].shortName;
    if (list.some((s) => s.shortName === shortName)) continue;
    list.push({ shortName, total: row.total, band: row.band, riskItemPositive: row.riskItemPositive });
  }
  return result;
}

export const measureTriage = {
  forReferral: (referralId: string) => measureScoresFor(getDb(), referralId),
  severities: (referralIds: string[]) => severitiesFor(getDb(), referralIds),
};
