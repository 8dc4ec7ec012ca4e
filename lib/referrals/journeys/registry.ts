import { evenWithOtherErrors } from "../validation";
import { z } from "zod";
import { measureRiskItemPositive, riskQuestionsAtRisk } from "./answer-facts";
import { CONSENT_AGE, youngPersonConsentStep } from "./steps-consent";
import { contactStep } from "./steps-contact";
import { safeContactStep } from "./steps-safe-contact";
import { courseStep, enquiryContactStep, questionStep } from "./steps-enquiry";
import { aboutStep, concernsStep, needsStep, riskSoonStep, riskStep, safetyStep, whereStep } from "./steps-person";
import { consentSafeguardingStep, parentStep, referrerStep } from "./steps-referrer";
import { ageFrom } from "./answer-facts";
import { parentReferralLacksAgreement, professionalReferralLacksOwnAgreement } from "./consent-ages";
import { requireApplicablePages } from "./required-pages";
import {
  agreementNeededStep,
  agreementStep,
  ownAgreementNeededStep,
  ownWordsStep,
  whoAgreedStep,
} from "./steps-agreement";
import { parentDetailsStep, parentResponsibilityStep, professionalResponsibilityStep } from "./steps-family";
import {
  gad7Step,
  measuresIntroStep,
  phq9Step,
  parentVersionAge,
  scoresStep,
  smfqParentStep,
  smfqStep,
  wsasStep,
} from "./steps-measures";
import type { Answers, Audience, InfoStep, Journey, JourneySlug, QuestionStep, Step } from "./types";

// Stryker disable next-line StringLiteral: equivalent; isPerson is read only for someone else (riskStep words "you" itself)
const self: Audience = { person: "you", possessive: "your", isPerson: "are you" };
const child: Audience = { person: "your child", possessive: "your child's", isPerson: "is your child" };
const patient: Audience = { person: "the person you are referring", possessive: "their", isPerson: "is the person" };

// Only the risk questions lead here: this page promises an urgent reply, which a measure never changes.
const riskHelp: InfoStep = { kind: "info", id: "risk-help", title: "Get help now", when: riskQuestionsAtRisk };
// Straight after PHQ-9 item 9 above zero: the crisis lines without JavaScript, and no change to the reply time.
const measureHelp: InfoStep = {
  kind: "info",
  id: "measure-help",
  title: "Get help now",
  when: measureRiskItemPositive,
};
// Decided on the server (it needs the service's programmes); see lib/referrals/flow.ts.
const ageOutside: InfoStep = {
  kind: "info",
  id: "age-outside",
  title: "We may not be the right service",
  // Stryker disable next-line BooleanLiteral: equivalent; flow.ts applies() decides this page by its id (it needs the service's programmes) and never reads this when
  when: () => false,
};
// Reached only by the redirect after an under-18's adult draft is moved here (lib/referrals/journey-moves.ts).
// A professional whose patient has not agreed: the route ends here, with what to do instead.
const notAgreed = (answers: Answers) =>
  Boolean(answers.consent && "personConsented" in answers.consent && answers.consent.personConsented === "no");
const cannotContinue: InfoStep = {
  kind: "info",
  id: "cannot-continue",
  title: "You cannot send this referral yet",
  when: notAgreed,
};
const movedFromAdult: InfoStep = {
  kind: "info",
  id: "moved-from-adult",
  title: "We have moved you to the form for young people",
  // Never on the way through: only the redirect after a move leads there (flow.ts canShowStep).
  when: () => false,
};
// Reached only by the redirect after an 18-year-old's young-person draft is moved to the adult form.
const movedFromYoungPerson: InfoStep = {
  kind: "info",
  id: "moved-from-young-person",
  title: "We have moved you to the form for adults",
  // Never on the way through, as above.
  when: () => false,
};

/**
 * One zod schema for a whole journey: each page's schema under its id, unknown keys refused.
 * Pages that only some people see are optional here and required by the check below.
 */
function journeySchema(steps: Step[], extra?: (answers: Answers, ctx: z.RefinementCtx) => void): z.ZodType<Answers> {
  const questions = steps.filter((s): s is QuestionStep => s.kind === "question");
  const shape = Object.fromEntries(questions.map((s) => [s.id, s.when ? s.schema.optional() : s.schema]));
  return z.strictObject(shape).superRefine((answers, ctx) => extra?.(answers, ctx), evenWithOtherErrors);
}

// Risk first, one question a page: thoughts, then (only after yes or not sure) how soon, then
// whether anyone is hurting them; the crisis lines follow any yes or not sure.
const riskSteps = (a: Audience): Step[] => [riskStep(a), riskSoonStep(a), safetyStep(a), riskHelp];

// Both self-referral forms hold every measure page (a draft moved between them keeps its answers);
// the age decides which show: PHQ-9, GAD-7 and WSAS from 18, the SMFQ under 18.
const selfMeasureSteps: Step[] = [measuresIntroStep(self), phq9Step, measureHelp, gad7Step, wsasStep, smfqStep];
const parentMeasureSteps: Step[] = [measuresIntroStep(child, parentVersionAge), smfqParentStep];

const youngPersonSteps: Step[] = [
  ...riskSteps(self),
  aboutStep(self),
  movedFromAdult,
  ageOutside,
  youngPersonConsentStep,
  contactStep({ who: "you", title: "How we can contact you" }),
  safeContactStep("you"),
  whereStep(self),
  concernsStep(self),
  ...selfMeasureSteps,
  needsStep(self),
];
const adultSteps: Step[] = [
  ...riskSteps(self),
  aboutStep(self),
  movedFromYoungPerson,
  ageOutside,
  // Never shown to an adult; keeps the answers of someone moved here after changing their age.
  youngPersonConsentStep,
  contactStep({ who: "you", title: "How we can contact you" }),
  safeContactStep("you"),
  whereStep(self),
  concernsStep(self),
  ...selfMeasureSteps,
  needsStep(self),
];
const parentSteps: Step[] = [
  ...riskSteps(child),
  aboutStep(child),
  ageOutside,
  parentStep,
  parentResponsibilityStep,
  agreementStep,
  agreementNeededStep,
  contactStep({
    who: "you",
    title: "How we can contact you",
    intro: ["We will contact you, not your child. Give a phone number, an email address, or both."],
    askInterpreter: true,
  }),
  safeContactStep("you"),
  whereStep(child),
  concernsStep(child),
  ...parentMeasureSteps,
  ownWordsStep("your child"),
  needsStep(child),
];
const professionalSteps: Step[] = [
  ...riskSteps(patient),
  aboutStep(patient),
  ageOutside,
  referrerStep,
  parentDetailsStep,
  professionalResponsibilityStep,
  contactStep({
    who: "them",
    title: "How we can contact the person",
    intro: [
      "Give the person's own phone number, email address, or both. We will use your details for anything about the referral itself.",
    ],
  }),
  safeContactStep("them"),
  whereStep(patient, { askGpOutcome: true }),
  concernsStep(patient),
  scoresStep,
  ownWordsStep("the young person"),
  consentSafeguardingStep,
  cannotContinue,
  whoAgreedStep,
  ownAgreementNeededStep,
  needsStep(patient),
];

export const journeys: Record<JourneySlug, Journey> = {
  "young-person": {
    slug: "young-person",
    kind: "YOUNG_PERSON_SELF",
    area: "refer",
    isReferral: true,
    steps: youngPersonSteps,
    schema: journeySchema(youngPersonSteps, (answers, ctx) => {
      const age = ageFrom(answers);
      if (age !== null && age < CONSENT_AGE && !answers.consent) {
        ctx.addIssue({
          code: "custom",
          path: ["consent"],
          message: "Answer the questions about your parents or carers",
        });
      }
    }),
  },
  adult: {
    slug: "adult",
    kind: "ADULT_SELF",
    area: "refer",
    isReferral: true,
    steps: adultSteps,
    schema: journeySchema(adultSteps),
  },
  "parent-carer": {
    slug: "parent-carer",
    kind: "PARENT_CARER",
    area: "refer",
    isReferral: true,
    steps: parentSteps,
    schema: journeySchema(parentSteps, (answers, ctx) => {
      requireApplicablePages(parentSteps, answers, ctx);
      if (parentReferralLacksAgreement(answers))
        ctx.addIssue({
          code: "custom",
          path: ["agreement"],
          message: "At 16 or 17, your child needs to agree to this referral",
        });
    }),
  },
  professional: {
    slug: "professional",
    kind: "PROFESSIONAL",
    area: "refer",
    isReferral: true,
    steps: professionalSteps,
    schema: journeySchema(professionalSteps, (answers, ctx) => {
      requireApplicablePages(professionalSteps, answers, ctx);
      if (notAgreed(answers))
        ctx.addIssue({
          code: "custom",
          path: ["consent"],
          message: "You need the person's agreement before you refer them",
        });
      if (professionalReferralLacksOwnAgreement(answers))
        ctx.addIssue({
          code: "custom",
          path: ["who-agreed"],
          message: "At 16 or 17, the young person needs to agree to this referral themselves",
        });
    }),
  },
  question: {
    slug: "question",
    kind: "GENERAL_QUESTION",
    area: "enquire",
    isReferral: false,
    steps: [questionStep, enquiryContactStep({ professional: false })],
    schema: journeySchema([questionStep, enquiryContactStep({ professional: false })]),
  },
  training: {
    slug: "training",
    kind: "TRAINING_ENQUIRY",
    area: "enquire",
    isReferral: false,
    steps: [courseStep, enquiryContactStep({ professional: true })],
    schema: journeySchema([courseStep, enquiryContactStep({ professional: true })]),
  },
};

export function getJourney(slug: string, area?: "refer" | "enquire"): Journey | null {
  const journey = Object.hasOwn(journeys, slug) ? journeys[slug as JourneySlug] : null;
  return journey && (!area || journey.area === area) ? journey : null;
}

export function getQuestionStep(journey: Journey, stepId: string): QuestionStep | null {
  const step = journey.steps.find((s) => s.id === stepId);
  return step?.kind === "question" ? step : null;
}
