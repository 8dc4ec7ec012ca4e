import { toDate, type DateParts } from "../date-of-birth";
import { ageOn } from "../age";
import type { RiskAnswers } from "../risk-flags";
import type { Answers } from "./types";

// Facts worked out from answers, used to decide which pages apply and how to route.

export function dateOfBirthFrom(answers: Answers): Date | null {
  const parts = answers.about?.dateOfBirth as DateParts | undefined;
  return parts && typeof parts === "object" ? toDate(parts) : null;
}

export function ageFrom(answers: Answers, today = new Date()): number | null {
  const dob = dateOfBirthFrom(answers);
  return dob ? ageOn(dob, today) : null;
}

const yesOrUnsure = (value: unknown) => value === "yes" || value === "not-sure";

/**
 * Any "yes" or "not sure" to the risk questions: from then on the journey keeps the crisis lines
 * on every page, and the prevention group is never suggested.
 */
export function isAtRisk(answers: Answers): boolean {
  return yesOrUnsure(answers.risk?.selfHarmThoughts) || yesOrUnsure(answers.safety?.beingHurt);
}

/** The answers that bear on risk and safeguarding, from whichever pages the journey has. */
export function riskAnswersFrom(answers: Answers, today = new Date()): RiskAnswers {
  return {
    selfHarmThoughts: answers.risk?.selfHarmThoughts as RiskAnswers["selfHarmThoughts"],
    mayActSoon: answers["risk-soon"]?.mayActSoon as RiskAnswers["mayActSoon"],
    beingHurt: answers.safety?.beingHurt as RiskAnswers["beingHurt"],
    professionalSafeguarding: answers.consent?.safeguarding as RiskAnswers["professionalSafeguarding"],
    age: ageFrom(answers, today),
    parentKnows: answers.consent?.parentKnows as RiskAnswers["parentKnows"],
  };
}
