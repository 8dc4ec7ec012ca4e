import {
  enteredScore,
  measures,
  scoreMeasure,
  type ItemAnswer,
  type MeasureId,
  type MeasureScore,
} from "@/lib/measures";
import { pageAnswers } from "./journeys/answers";
import type { Answers } from "./journeys/types";

// A referral's answers to the standard measures, scored here on the server when it is saved:
// the browser only ever sends which answer was chosen for each item.

const pages: { page: string; measure: MeasureId }[] = [
  { page: "phq9", measure: "PHQ9" },
  { page: "gad7", measure: "GAD7" },
  { page: "wsas", measure: "WSAS" },
  { page: "smfq", measure: "SMFQ_CHILD" },
  { page: "smfq-parent", measure: "SMFQ_PARENT" },
];

const entered: { field: "phq9Total" | "gad7Total" | "wsasTotal" | "smfqTotal"; measure: MeasureId }[] = [
  { field: "phq9Total", measure: "PHQ9" },
  { field: "gad7Total", measure: "GAD7" },
  { field: "wsasTotal", measure: "WSAS" },
  { field: "smfqTotal", measure: "SMFQ_CHILD" },
];

const itemAnswer = (value: unknown): ItemAnswer =>
  value === "n/a" ? "n/a" : typeof value === "string" && /^\d$/.test(value) ? Number(value) : null;

/**
 * Every measure answered in these answers, scored. Only pages that were shown count: someone who
 * chose "I'd rather not answer these" after answering, or whose age changed, has nothing scored.
 */
export function measureScoresFrom(answers: Answers, shownPages: ReadonlySet<string>): MeasureScore[] {
  const scored = pages.flatMap(({ page, measure }) => {
    const given = shownPages.has(page) ? pageAnswers(answers, page) : undefined;
    if (!given) return [];
    const definition = measures[measure];
    const score = scoreMeasure(
      definition,
      definition.items.map((_, i) => itemAnswer(given[`item${i + 1}`])),
    );
    return score ? [score] : [];
  });
  const totals = shownPages.has("scores") ? answers.scores : undefined;
  const typed = entered.flatMap(({ field, measure }) => {
    const total = totals?.[field];
    return typeof total === "number" ? [enteredScore(measures[measure], total)] : [];
  });
  return [...scored, ...typed];
}

/** The rows to store: one per measure, at the baseline (the referral). */
export const measureScoreRows = (scores: MeasureScore[]) =>
  scores.map((s) => ({
    measure: s.measure,
    occasion: "BASELINE" as const,
    status: ({ complete: "COMPLETE", prorated: "PRORATED", incomplete: "INCOMPLETE", entered: "ENTERED" } as const)[
      s.status
    ],
    total: s.total,
    band: s.band,
    itemsAnswered: s.answered,
    items: s.items,
    riskItemPositive: s.riskItemPositive,
  }));
