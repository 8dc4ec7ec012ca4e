import { toDate } from "../date-of-birth";
import { ageOn } from "../age";
import type { RiskAnswers } from "../risk-flags";
import type { Answers } from "./types";
import { ADULT_AGE } from "./consent-ages";

// Facts worked out from answers, used to decide which pages apply and how to route.

export function dateOfBirthFrom(answers: Answers): Date | null {
  const parts = answers.about?.dateOfBirth;
  return parts ? toDate(parts) : null;
}

export function ageFrom(answers: Answers, today = new Date()): number | null {
  const dob = dateOfBirthFrom(answers);
  return dob ? ageOn(dob, today) : null;
}

const yesOrUnsure = (value: unknown) => value === "yes" || value === "not-sure";

/** Any "yes" or "not sure" to the risk questions themselves (the page after them promises an urgent reply). */
export function riskQuestionsAtRisk(answers: Answers): boolean {
  return yesOrUnsure(answers.risk?.selfHarmThoughts) || yesOrUnsure(answers.safety?.beingHurt);
}

/**
 * PHQ-9 item 9 ("thoughts that you would be better off dead or of hurting yourself") above "Not
 * at all", on a PHQ-9 the person was shown: they chose to answer and are an adult (as the page's
 * own condition in steps-measures.ts). Answers left behind by "I'd rather not" or a new age do not count.
 */
export function measureRiskItemPositive(answers: Answers): boolean {
  const item9 = answers.phq9?.item9;
  // Stryker disable next-line UnaryOperator: equivalent; an unknown age read as -1 or +1 is under ADULT_AGE either way
  const shown = answers.measures?.answerMeasures === "yes" && (ageFrom(answers) ?? -1) >= ADULT_AGE;
  return shown && item9 !== undefined && item9 !== "0";
}

/**
 * Any "yes" or "not sure" to the risk questions, or PHQ-9 item 9 above zero: from then on the
 * journey keeps the crisis lines on every page, and the prevention group is never suggested.
 */
export function isAtRisk(answers: Answers): boolean {
  return riskQuestionsAtRisk(answers) || measureRiskItemPositive(answers);
}

/** Whether the parent or carer in a child's referral has parental responsibility: the parent's own answer, or the professional's about the parent. */
function parentalResponsibilityFrom(answers: Answers): "yes" | "no" | "not-sure" | undefined {
  const pr = answers["parental-responsibility"];
  if (pr && "youHavePR" in pr) return pr.youHavePR;
  return answers["parent-details"]?.parentHasPR;
}

/** The answers that bear on risk and safeguarding, from whichever pages the journey has. */
export function riskAnswersFrom(answers: Answers, today = new Date()): RiskAnswers {
  // Two journeys have a "consent" page: the professional's asks about safeguarding, the young person's about parents.
  const consent = answers.consent;
  return {
    selfHarmThoughts: answers.risk?.selfHarmThoughts,
    measureRiskItem: measureRiskItemPositive(answers),
    mayActSoon: answers["risk-soon"]?.mayActSoon,
    beingHurt: answers.safety?.beingHurt,
    professionalSafeguarding: consent && "safeguarding" in consent ? consent.safeguarding : undefined,
    age: ageFrom(answers, today),
    parentKnows: consent && "parentKnows" in consent ? consent.parentKnows : undefined,
    parentalResponsibility: parentalResponsibilityFrom(answers),
  };
}
