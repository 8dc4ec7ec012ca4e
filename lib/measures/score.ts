import type { Measure, MeasureId } from "./types";

/** One item's answer: its score, "n/a" (WSAS work item only), or null when left blank. */
export type ItemAnswer = number | "n/a" | null;

/**
 * complete: every item answered. prorated: some missing, total from the measure's published rule.
 * incomplete: too many missing for the rule (or no rule): no total. entered: a referrer typed the
 * total they already had, so there are no item answers.
 */
export type ScoreStatus = "complete" | "prorated" | "incomplete" | "entered";

export interface MeasureScore {
  measure: MeasureId;
  /** Each item's answer as given, in order. */
  items: ItemAnswer[];
  answered: number;
  total: number | null;
  status: ScoreStatus;
  /** The published band for the total; null without a total or when the measure has no bands. */
  band: string | null;
  /** The risk item (PHQ-9 item 9) was answered above zero. */
  riskItemPositive: boolean;
}

export function bandOf(measure: Measure, total: number | null): string | null {
  if (total === null || !measure.bands) return null;
  return measure.bands.filter((b) => total >= b.from).at(-1)?.label ?? null;
}

const allowed = (measure: Measure, item: number, answer: ItemAnswer) =>
  answer === null ||
  (answer === "n/a" ? measure.notApplicable?.item === item : measure.options.some((o) => o.value === answer));

/**
 * Scores one measure from its item answers, or returns null when no item was answered at all
 * (the person chose not to answer). Totals are computed here, on the server, never taken from a form.
 */
export function scoreMeasure(measure: Measure, answers: readonly ItemAnswer[]): MeasureScore | null {
  if (answers.length !== measure.items.length) throw new RangeError(`${measure.id} has ${measure.items.length} items`);
  answers.forEach((answer, i) => {
    if (!allowed(measure, i + 1, answer)) throw new RangeError(`${measure.id} item ${i + 1}: ${String(answer)}`);
  });
  const scores = answers.filter((a): a is number => typeof a === "number");
  // "Not applicable" counts as answered for "did they answer anything", and as missing for the total.
  if (!answers.some((a) => a !== null)) return null;
  const missing = measure.items.length - scores.length;
  const sum = scores.reduce((a, b) => a + b, 0);
  const total = totalWith(measure, sum, scores.length, missing);
  const risk = measure.riskItem ? answers[measure.riskItem - 1] : null;
  return {
    measure: measure.id,
    items: [...answers],
    answered: scores.length,
    total,
    status: missing === 0 ? "complete" : total === null ? "incomplete" : "prorated",
    band: bandOf(measure, total),
    riskItemPositive: typeof risk === "number" && risk > 0,
  };
}

function totalWith(measure: Measure, sum: number, answered: number, missing: number): number | null {
  if (missing === 0) return sum;
  if (measure.missing.kind === "none" || missing > measure.missing.maxMissing || answered === 0) return null;
  // Each missing item takes the mean of the answered ones: the sum scaled up to all the items.
  return Math.round((sum * measure.items.length) / answered);
}

/** A total a referrer already had (for example from their own records): banded, no items. */
export function enteredScore(measure: Measure, total: number): MeasureScore {
  if (!Number.isInteger(total) || total < 0 || total > measure.maxTotal)
    throw new RangeError(`${measure.id} total must be 0 to ${measure.maxTotal}`);
  return {
    measure: measure.id,
    items: [],
    answered: 0,
    total,
    status: "entered",
    band: bandOf(measure, total),
    riskItemPositive: false,
  };
}
