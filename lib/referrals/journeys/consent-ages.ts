import { ageFrom } from "./answer-facts";
import type { Answers } from "./types";

// The ages at which the law and practice in the UK change who agrees to a child's care (H11).
// Under 18 someone with parental responsibility is involved; from 12 we ask for the young
// person's own agreement; from 16 it is needed (presumed capacity at 16 and 17).

export const ADULT_AGE = 18;
export const ASK_AGREEMENT_AGE = 12;
export const AGREEMENT_NEEDED_AGE = 16;

const ageIn = (answers: Answers, from: number, below: number) => {
  const age = ageFrom(answers);
  return age !== null && age >= from && age < below;
};

/** Under 18: ask about parental responsibility and (from a professional) the parent or carer. */
export const isChild = (answers: Answers) => ageIn(answers, 0, ADULT_AGE);
/** 12 to 17: a parent is asked whether the young person agrees. */
export const asksAgreement = (answers: Answers) => ageIn(answers, ASK_AGREEMENT_AGE, ADULT_AGE);
/** 16 or 17: the young person's own agreement is needed. */
export const needsOwnAgreement = (answers: Answers) => ageIn(answers, AGREEMENT_NEEDED_AGE, ADULT_AGE);

/** A parent's referral of a 16 or 17 year old who has not agreed (or the parent is not sure): it cannot be sent yet. */
export const parentReferralLacksAgreement = (answers: Answers) =>
  needsOwnAgreement(answers) && answers.agreement !== undefined && answers.agreement.youngPersonAgrees !== "yes";

/** A professional's referral of a 16 or 17 year old agreed only by a parent or carer: it cannot be sent yet. */
export const professionalReferralLacksOwnAgreement = (answers: Answers) =>
  needsOwnAgreement(answers) && answers["who-agreed"]?.whoAgreed === "parent";
