import type { Measure } from "./types";

/**
 * GAD-7 (Generalized Anxiety Disorder 7-item scale). Adults.
 *
 * Items, stem and answers: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for
 * assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092–1097 (wording
 * checked against reproductions of the form, 6 Dec 2026).
 * Scoring and bands: 0–3 per item, total 0–21; 5, 10 and 15 are the cut points for mild,
 * moderate and severe anxiety (same paper).
 * Missing items: we found no published prorating rule for the GAD-7 that we could check, so a
 * partly answered GAD-7 has no total and is shown as incomplete.
 * Licence: developed by Spitzer, Williams, Kroenke and colleagues with an educational grant from
 * Pfizer Inc. Pfizer's announcement of 23 July 2010 ("Pfizer announces unrestricted access to
 * patient assessment aids for mental disorders") made the PHQ and the GAD-7 available "without
 * copyright restriction and at no charge": free to use, no permission needed.
 * Worked examples in tests/unit/measure-scoring.test.ts: all "Not at all" (0), all "Nearly every
 * day" (21), each side of the published cut points 5, 10 and 15, and one item missing (incomplete).
 */
export const gad7: Measure = {
  id: "GAD7",
  shortName: "GAD-7",
  name: "Generalized Anxiety Disorder scale (GAD-7)",
  stem: "Over the last 2 weeks, how often have you been bothered by the following problems?",
  items: [
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
  ],
  options: [
    { value: 0, label: "Not at all" },
    { value: 1, label: "Several days" },
    { value: 2, label: "More than half the days" },
    { value: 3, label: "Nearly every day" },
  ],
  bands: [
    { from: 0, label: "Minimal" },
    { from: 5, label: "Mild" },
    { from: 10, label: "Moderate" },
    { from: 15, label: "Severe" },
  ],
  missing: { kind: "none" },
  maxTotal: 21,
};
