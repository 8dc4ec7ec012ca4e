import type { z } from "zod";
import type { consentSafeguardingStep, parentStep, referrerStep } from "./steps-referrer";
import type { youngPersonConsentStep } from "./steps-consent";
import type { contactStep } from "./steps-contact";
import type { safeContactStep } from "./steps-safe-contact";
import type { courseStep, enquiryContactStep, questionStep } from "./steps-enquiry";
import type { aboutStep, concernsStep, needsStep, riskSoonStep, riskStep, safetyStep, whereStep } from "./steps-person";
import type { QuestionStep } from "./types";
import type { parentDetailsStep, parentResponsibilityStep, professionalResponsibilityStep } from "./steps-family";
import type { agreementStep, ownWordsStep, whoAgreedStep } from "./steps-agreement";
import type {
  gad7Step,
  measuresIntroStep,
  phq9Step,
  scoresStep,
  smfqParentStep,
  smfqStep,
  wsasStep,
} from "./steps-measures";

// What people answered, typed from each page's zod schema: rename a field in a schema and every
// reader of that answer (flow, emails, search columns, the dashboard) stops compiling.

type StepOf<T> = T extends (...args: never[]) => infer R ? R : T;
type AnswersOf<T> = StepOf<T> extends QuestionStep<PageId, infer S> ? z.output<S> : never;

/** Each page's answers, by page id. Two pages share an id in different journeys; either shape may be there. */
export interface PageAnswers {
  risk: AnswersOf<typeof riskStep>;
  "risk-soon": AnswersOf<typeof riskSoonStep>;
  safety: AnswersOf<typeof safetyStep>;
  about: AnswersOf<typeof aboutStep>;
  consent: AnswersOf<typeof youngPersonConsentStep> | AnswersOf<typeof consentSafeguardingStep>;
  you: AnswersOf<typeof parentStep>;
  referrer: AnswersOf<typeof referrerStep>;
  contact: AnswersOf<typeof contactStep> | AnswersOf<typeof enquiryContactStep>;
  "safe-contact": AnswersOf<typeof safeContactStep>;
  where: AnswersOf<typeof whereStep>;
  concerns: AnswersOf<typeof concernsStep>;
  needs: AnswersOf<typeof needsStep>;
  question: AnswersOf<typeof questionStep>;
  course: AnswersOf<typeof courseStep>;
  "parental-responsibility":
    AnswersOf<typeof parentResponsibilityStep> | AnswersOf<typeof professionalResponsibilityStep>;
  "parent-details": AnswersOf<typeof parentDetailsStep>;
  agreement: AnswersOf<typeof agreementStep>;
  "who-agreed": AnswersOf<typeof whoAgreedStep>;
  "own-words": AnswersOf<typeof ownWordsStep>;
  measures: AnswersOf<typeof measuresIntroStep>;
  phq9: AnswersOf<typeof phq9Step>;
  gad7: AnswersOf<typeof gad7Step>;
  wsas: AnswersOf<typeof wsasStep>;
  smfq: AnswersOf<typeof smfqStep>;
  "smfq-parent": AnswersOf<typeof smfqParentStep>;
  scores: AnswersOf<typeof scoresStep>;
}

export type PageId = keyof PageAnswers;

/** Answers so far, page by page: { about: { givenName: "…" }, … }. A page is absent until answered. */
export type Answers = { [K in PageId]?: PageAnswers[K] };

const PAGE_IDS = new Set<string>([
  "risk",
  "risk-soon",
  "safety",
  "about",
  "consent",
  "you",
  "referrer",
  "contact",
  "safe-contact",
  "where",
  "concerns",
  "needs",
  "question",
  "course",
  "parental-responsibility",
  "parent-details",
  "agreement",
  "who-agreed",
  "own-words",
  "measures",
  "phq9",
  "gad7",
  "wsas",
  "smfq",
  "smfq-parent",
  "scores",
] satisfies PageId[]);

export const isPageId = (id: string): id is PageId => PAGE_IDS.has(id);

/**
 * Declares a question page. The page id must be one of the known pages and every field's name
 * a key of the schema, so a field renamed on one side only fails at build time.
 */
export function question<const Id extends PageId, S extends z.ZodObject>(
  step: QuestionStep<Id, S>,
): QuestionStep<Id, S> {
  return step;
}

/** One page's answers read by field name, for code that walks a page's fields (check answers, emails). */
export function pageAnswers(answers: Answers, stepId: string): Readonly<Record<string, unknown>> | undefined {
  return isPageId(stepId) ? answers[stepId] : undefined;
}
