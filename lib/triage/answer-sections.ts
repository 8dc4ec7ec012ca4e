import { ageFrom } from "@/lib/referrals/journeys/answer-facts";
import { journeys } from "@/lib/referrals/journeys/registry";
import type { Answers, Journey } from "@/lib/referrals/journeys/types";
import { summarise } from "@/lib/referrals/summary";
import { readableAnswers, type AnswerRow } from "./answers";
import { measureRiskRows } from "./measure-risk-rows";

/** One page of the form as staff read it: its title, and each question as the person saw it. */
export interface AnswerSection {
  title: string;
  rows: AnswerRow[];
}

// The risk pages go in the warning box at the top of the referral, never a second time below.
const RISK_PAGES = new Set(["risk", "risk-soon", "safety"]);

const journeyOfKind = (kind: string): Journey | undefined => Object.values(journeys).find((j) => j.kind === kind);

/**
 * A referral's answers as the person saw them on check answers (lib/referrals/summary.ts): the
 * same page titles, labels, order and formatting, with the age as a number. Answers the journey
 * no longer asks (a referral sent from an older version of the form) follow, labelled from their
 * keys, so nothing a person typed is ever hidden from staff.
 */
export function answerSections(
  kind: string,
  answers: unknown,
): { risk: AnswerRow[]; pages: AnswerSection[]; other: AnswerRow[] } {
  const journey = journeyOfKind(kind);
  const all = (answers && typeof answers === "object" ? answers : {}) as Answers;
  const sections = journey ? summarise(journey, all).filter((s) => !s.missing) : [];
  const shownPages = new Set(sections.map((s) => s.stepId));
  const toRows = (section: (typeof sections)[number]): AnswerRow[] =>
    section.rows.map((row) => ({
      key: `${section.title}: ${row.key}`,
      label: row.key,
      value: row.key === "Age" ? String(ageFrom(all) ?? row.value) : row.value,
    }));
  const leftovers = readableAnswers(Object.fromEntries(Object.entries(all).filter(([page]) => !shownPages.has(page))));
  return {
    risk: [
      ...sections.filter((s) => RISK_PAGES.has(s.stepId)).flatMap(toRows),
      ...measureRiskRows(all),
      ...leftovers.risk,
    ],
    pages: sections.filter((s) => !RISK_PAGES.has(s.stepId)).map((s) => ({ title: s.title, rows: toRows(s) })),
    other: leftovers.other,
  };
}
