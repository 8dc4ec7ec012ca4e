import type { Measure } from "./types";

/**
 * SMFQ (Short Mood and Feelings Questionnaire), child self-report and parent report.
 *
 * Why the SMFQ for young people rather than the RCADS-25: its 13 short items with three answers
 * suit readers of 11 to 17; the child and parent versions ask the same 13 things, so a young
 * person's and a parent's answers can be read side by side; and it is scored as a raw total with
 * a published cut-off, whereas the RCADS-25's severity needs T-score tables by school year and sex
 * that we neither ask for nor could check. What it does not do: it has no anxiety items and, unlike
 * the PHQ-9, no item about self-harm, so for young people the risk questions remain the only check.
 *
 * Items and answers: Angold A, Costello EJ, Messer SC, Pickles A, Winder F, Silver D. Development
 * of a short questionnaire for use in epidemiological studies of depression in children and
 * adolescents. Int J Methods Psychiatr Res 1995;5:237–249; the forms are copyright Adrian Angold &
 * Elizabeth J. Costello, 1987, Developmental Epidemiology Program, Duke University (wording checked
 * against reproductions of both forms, 6 Dec 2026).
 * Scoring: Not true 0, Sometimes 1, True 2; total 0–26 (the Duke scoring sheet). One secondary
 * source reverses this; the Duke sheet and the forms' own column order agree on the scoring here.
 * Bands, child version: a total of 8 or more is the cut-off Angold et al. 1995 report (sensitivity
 * 60%, specificity 85% for major depression), as quoted on the Duke scoring sheet. Thabrew H et al.,
 * Validation of the MFQ and SMFQ in New Zealand help-seeking adolescents, Int J Methods Psychiatr
 * Res 2018;27:e1610, found 12 or more best in help-seeking adolescents: which to use is to be
 * confirmed by the clinical lead. Parent version: the scoring sheet says no cut-off is reported, so
 * it has a total and no band.
 * Missing items: no published prorating rule found: a partly answered SMFQ is incomplete.
 * Licence: "Reproduced with permission from developer, may be reproduced for use with one's own
 * patients" (the notice on the reproduced forms). Whether that covers this service's web form is
 * to be confirmed by the clinical lead with the developers. Both open facts are in sources.ts, so
 * live mode refuses to start until they are settled.
 * Worked examples in tests/unit/measure-scoring.test.ts: all "Not true" (0), all "True" (26), 7 and
 * 8 either side of the cut-off, the parent version with no band, and one item missing (incomplete).
 */
const options = [
  { value: 0, label: "Not true" },
  { value: 1, label: "Sometimes" },
  { value: 2, label: "True" },
];
const noRule = { kind: "none" } as const;

export const smfqChild: Measure = {
  id: "SMFQ_CHILD",
  shortName: "SMFQ (child)",
  name: "Short Mood and Feelings Questionnaire (SMFQ), self-report",
  stem: "This form is about how you might have been feeling or acting recently. For each question, please check how much you have felt or acted this way in the past two weeks. If a sentence was true about you most of the time, check TRUE. If it was only sometimes true, check SOMETIMES. If a sentence was not true about you, check NOT TRUE.",
  items: [
    "I felt miserable or unhappy",
    "I didn't enjoy anything at all",
    "I felt so tired I just sat around and did nothing",
    "I was very restless",
    "I felt I was no good any more",
    "I cried a lot",
    "I found it hard to think properly or concentrate",
    "I hated myself",
    "I was a bad person",
    "I felt lonely",
    "I thought nobody really loved me",
    "I thought I could never be as good as other kids",
    "I did everything wrong",
  ],
  options,
  bands: [
    { from: 0, label: "Below the cut-off of 8" },
    { from: 8, label: "At or above the cut-off of 8" },
  ],
  missing: noRule,
  maxTotal: 26,
};

export const smfqParent: Measure = {
  id: "SMFQ_PARENT",
  shortName: "SMFQ (parent)",
  name: "Short Mood and Feelings Questionnaire (SMFQ), parent report",
  stem: "This form is about how your child may have been feeling or acting recently. For each question, please check how much she or he has felt or acted this way in the past two weeks. If a sentence was true about your child most of the time, check TRUE. If it was only sometimes true, check SOMETIMES. If a sentence was not true about your child, check NOT TRUE.",
  items: [
    "S/he felt miserable or unhappy",
    "S/he didn't enjoy anything at all",
    "S/he felt so tired that s/he just sat around and did nothing",
    "S/he was very restless",
    "S/he felt s/he was no good any more",
    "S/he cried a lot",
    "S/he found it hard to think properly or concentrate",
    "S/he hated him/herself",
    "S/he felt s/he was a bad person",
    "S/he felt lonely",
    "S/he thought nobody really loved him/her",
    "S/he thought s/he could never be as good as other kids",
    "S/he felt s/he did everything wrong",
  ],
  options,
  bands: null,
  missing: noRule,
  maxTotal: 26,
};
