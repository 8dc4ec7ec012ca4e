import { ageFrom, dateOfBirthFrom } from "@/lib/referrals/journeys/answer-facts";
import { journeys } from "@/lib/referrals/journeys/registry";
import type { Answers, Journey } from "@/lib/referrals/journeys/types";
import { summarise } from "@/lib/referrals/summary";
import { readableAnswers, type AnswerRow } from "./answers";
import { dateOfBirthText } from "./date-of-birth-text";
import { measureRiskRows } from "./measure-risk-rows";

/** One page of the form as staff read it: its title, and each question as the person saw it. */
export interface AnswerSection {
  title: string;
  rows: AnswerRow[];
}

// The risk pages, and the consent pages that hold safeguarding answers (a professional's
// "safeguarding concerns?", an under-16's "does a parent know?"), go in the warning box at the
// top of the referral, never a second time below; so does the safe way to reach someone whose
// usual contact is not safe (H17), beside the "Do not call" tags it answers.
const RISK_PAGES = new Set(["risk", "risk-soon", "safety", "consent", "safe-contact"]);
// The person's own account of what is happening comes first under the box, whatever its place in the form.
const FREE_TEXT_PAGES = ["concerns", "question", "course"];
// Shown together in "Consent and parental responsibility" (lib/referrals/consent-facts.ts, H11).
const CONSENT_PAGES = new Set(["parental-responsibility", "parent-details", "agreement", "who-agreed", "own-words"]);

const journeyOfKind = (kind: string): Journey | undefined => Object.values(journeys).find((j) => j.kind === kind);

/**
 * A referral's answers as the person saw them on check answers (lib/referrals/summary.ts): the
 * same page titles, labels and formatting, the date of birth with the age ("2 September 2012
 * (age 14)") instead of a separate age row, and the free text first. Answers the journey no longer
 * asks (a referral sent from an older version of the form) follow, labelled from their keys, so
 * nothing a person typed is ever hidden from staff.
 */
export function answerSections(
  kind: string,
  answers: unknown,
  today = new Date(),
): { risk: AnswerRow[]; pages: AnswerSection[]; other: AnswerRow[] } {
  const journey = journeyOfKind(kind);
  const all = (answers && typeof answers === "object" ? answers : {}) as Answers;
  const sections = journey ? summarise(journey, all).filter((s) => !s.missing) : [];
  const shownPages = new Set(sections.map((s) => s.stepId));
  const dateOfBirth = dateOfBirthFrom(all);
  const toRows = (section: (typeof sections)[number]): AnswerRow[] =>
    section.rows
      .filter((row) => !(section.stepId === "about" && row.key === "Age" && ageFrom(all, today) !== null))
      .map((row) => ({
        key: `${section.title}: ${row.key}`,
        label: row.key,
        value:
          section.stepId === "about" && row.key === "Date of birth" && dateOfBirth
            ? dateOfBirthText(dateOfBirth, today)
            : row.value,
      }));
  const leftovers = readableAnswers(Object.fromEntries(Object.entries(all).filter(([page]) => !shownPages.has(page))));
  const below = sections.filter((s) => !RISK_PAGES.has(s.stepId) && !CONSENT_PAGES.has(s.stepId));
  const freeTextFirst = [
    ...below.filter((s) => FREE_TEXT_PAGES.includes(s.stepId)),
    ...below.filter((s) => !FREE_TEXT_PAGES.includes(s.stepId)),
  ];
  return {
    risk: [
      ...sections.filter((s) => RISK_PAGES.has(s.stepId)).flatMap(toRows),
      ...measureRiskRows(all),
      ...leftovers.risk,
    ],
    pages: freeTextFirst.map((s) => ({ title: s.title, rows: toRows(s) })),
    other: leftovers.other,
  };
}
