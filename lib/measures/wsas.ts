import type { Measure } from "./types";

/**
 * WSAS (Work and Social Adjustment Scale). Adults.
 *
 * Items, stem and answers: Mundt JC, Marks IM, Shear MK, Greist JH. The Work and Social Adjustment
 * Scale: a simple measure of impairment in functioning. Br J Psychiatry 2002;180:461–464; wording
 * checked against the form as used by NHS Talking Therapies services (6 Dec 2026). The published
 * items say "Because of my [problem]": the service names the problem. We write "difficulties",
 * because people refer themselves before anyone has named one. Each item 0 (not at all) to 8 (very
 * severely), total 0–40.
 * Bands: Mundt et al. 2002: above 20 suggests moderately severe or worse psychopathology; 10–20 is
 * associated with significant functional impairment but less severe symptoms; below 10, subclinical.
 * Missing items: NHS Data Dictionary, "Work and Social Adjustment Scale Score" (June 2012 release):
 * "If a PATIENT has selected 'not applicable' for question 1 or if one value is missing, then these
 * scores can be substituted with the average score of the non-missing items. Questionnaires with
 * more than one missing value should be disregarded" (incomplete here). We round the prorated
 * total to the nearest whole number (halves up); the source does not say how to round.
 * Licence: no licence notice was found on the form or in the paper, and we could not read one from
 * the authors: to be confirmed by the clinical lead (sources.ts lists it, so live mode refuses to
 * start until it is).
 * Worked examples in tests/unit/measure-scoring.test.ts: all 0 and all 8 (40), each side of Mundt's
 * 10 and 20, "not applicable" for work, one blank, and two missing (disregarded).
 */
const SCALE = [
  { value: 0, label: "0 – Not at all" },
  { value: 1, label: "1" },
  { value: 2, label: "2 – Slightly" },
  { value: 3, label: "3" },
  { value: 4, label: "4 – Definitely" },
  { value: 5, label: "5" },
  { value: 6, label: "6 – Markedly" },
  { value: 7, label: "7" },
  { value: 8, label: "8 – Very severely" },
];

export const wsas: Measure = {
  id: "WSAS",
  shortName: "WSAS",
  name: "Work and Social Adjustment Scale (WSAS)",
  stem: "People's problems sometimes affect their ability to do certain day-to-day tasks in their lives. To rate your problems look at each section and determine on the scale provided how much your problem impairs your ability to carry out the activity.",
  items: [
    "Because of my difficulties my ability to work is impaired. 0 means not at all impaired and 8 means very severely impaired to the point I can't work.",
    "Because of my difficulties my home management (cleaning, tidying, shopping, cooking, looking after home or children, paying bills) is impaired.",
    "Because of my difficulties my social leisure activities (with other people e.g. parties, bars, clubs, outings, visits, dating, home entertaining) are impaired.",
    "Because of my difficulties, my private leisure activities (done alone, such as reading, gardening, collecting, sewing, walking alone) are impaired.",
    "Because of my difficulties, my ability to form and maintain close relationships with others, including those I live with, is impaired.",
  ],
  options: SCALE,
  notApplicable: {
    item: 1,
    label: "I'm retired or choose not to have a job for reasons unrelated to my difficulties",
  },
  bands: [
    { from: 0, label: "Subclinical (below 10)" },
    { from: 10, label: "Significant impairment, less severe (10 to 20)" },
    { from: 21, label: "Moderately severe or worse (above 20)" },
  ],
  missing: { kind: "mean", maxMissing: 1 },
  maxTotal: 40,
};
