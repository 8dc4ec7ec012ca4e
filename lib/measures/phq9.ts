import type { Measure } from "./types";

/**
 * PHQ-9 (Patient Health Questionnaire-9). Adults.
 *
 * Items, stem and answers: the PHQ-9 form "Developed by Drs. Robert L. Spitzer, Janet B.W.
 * Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc." (wording
 * checked against a reproduction of the form that carries that notice, 6 Dec 2026).
 * Scoring and bands: 0–3 per item, total 0–27; 5, 10, 15 and 20 are the cut points for mild,
 * moderate, moderately severe and severe depression (Kroenke K, Spitzer RL, Williams JBW. The
 * PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16:606–613).
 * Missing items: NHS Data Dictionary, "Patient Health Questionnaire-9": "If one or two values are
 * missing from the score, then they can be substituted with the average score of the non-missing
 * items. Questionnaires with more than two missing values should be disregarded" (incomplete here).
 * We round the prorated total to the nearest whole number (halves up), because the bands are whole
 * numbers; the source does not say how to round.
 * Licence: the form says "No permission required to reproduce, translate, display or distribute."
 * Pfizer's announcement of 23 July 2010 ("Pfizer announces unrestricted access to patient
 * assessment aids for mental disorders") made the PHQ and GAD-7 available "without copyright
 * restriction and at no charge".
 * Worked examples in tests/unit/measure-scoring.test.ts: all "Not at all" (0), all "Nearly every
 * day" (27), each side of the published cut points 5, 10, 15 and 20, and the Data Dictionary's
 * one, two and three missing items.
 * Item 9 is the risk item: any answer above "Not at all" shows the crisis lines and flags the
 * referral (lib/measures/risk.ts).
 */
export const phq9: Measure = {
  id: "PHQ9",
  shortName: "PHQ-9",
  name: "Patient Health Questionnaire (PHQ-9)",
  stem: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
  items: [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
  ],
  options: [
    { value: 0, label: "Not at all" },
    { value: 1, label: "Several days" },
    { value: 2, label: "More than half the days" },
    { value: 3, label: "Nearly every day" },
  ],
  bands: [
    { from: 0, label: "None to minimal" },
    { from: 5, label: "Mild" },
    { from: 10, label: "Moderate" },
    { from: 15, label: "Moderately severe" },
    { from: 20, label: "Severe" },
  ],
  missing: { kind: "mean", maxMissing: 2 },
  riskItem: 9,
  maxTotal: 27,
};
