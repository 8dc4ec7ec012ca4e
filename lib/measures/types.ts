// The shape every standard measure module fills in (one module per measure in this folder).

export type MeasureId = "PHQ9" | "GAD7" | "WSAS" | "SMFQ_CHILD" | "SMFQ_PARENT";

export interface ResponseOption {
  /** The item score this answer counts for. */
  value: number;
  label: string;
}

/** A severity band: totals from `from` up to the next band's `from`. */
export interface Band {
  from: number;
  label: string;
}

/**
 * What to do when some items are unanswered. "none": a partly answered measure has no total and
 * is shown as incomplete. "mean": up to `maxMissing` missing items take the mean of the answered
 * ones (the published prorating rule, named in the measure module's comment and sources.ts).
 */
export type MissingRule = { kind: "none" } | { kind: "mean"; maxMissing: number };

export interface Measure {
  id: MeasureId;
  /** "PHQ-9": how staff and the page name it. */
  shortName: string;
  name: string;
  /** The published instruction above the items. */
  stem: string;
  /** The published items, in order; item n is items[n - 1]. */
  items: readonly string[];
  /** The published answers, scored as given, for every item (unless `itemOptions` overrides one). */
  options: readonly ResponseOption[];
  /** Items with an extra answer that scores as missing (WSAS item 1, "not applicable"). */
  notApplicable?: { item: number; label: string };
  /** Published severity bands, lowest first; null when the source gives none. */
  bands: readonly Band[] | null;
  missing: MissingRule;
  /** The item whose any non-zero answer is a sign of risk (PHQ-9 item 9). */
  riskItem?: number;
  maxTotal: number;
}

/** Where the items, scoring and bands come from, and the terms of use: shown to staff (sources.ts). */
export interface MeasureSource {
  source: string;
  licence: string;
  /** Facts no source we could read settles, one plain line each; empty when all are confirmed. */
  toBeConfirmed: readonly string[];
}
