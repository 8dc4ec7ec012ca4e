import type { CrisisAudience } from "@/lib/content/crisis-lines";
import { getService } from "@/lib/config/service";
import type { Programme } from "@/lib/config";
import { ageIsServed, suggestProgramme, type RoutingNeeds } from "./age";
import { ageFrom, isAtRisk } from "./journeys/answer-facts";
import { isMovedStep, movedPageShows } from "./journey-moves";
import { pageAnswers } from "./journeys/answers";
import type { Answers, Journey, JourneyKind, Step } from "./journeys/types";

// Which pages a person sees, in order, given their answers so far.

const referrers: Partial<Record<JourneyKind, RoutingNeeds["referrer"]>> = {
  YOUNG_PERSON_SELF: "self",
  ADULT_SELF: "self",
  PARENT_CARER: "parent",
  PROFESSIONAL: "professional",
};

/** The programme to suggest to staff for the person referred, or null (no date of birth yet, or nothing fits). */
export function programmeFor(journey: Journey, answers: Answers, today = new Date()): Programme | null {
  const age = ageFrom(answers, today);
  const referrer = referrers[journey.kind];
  if (!referrer || age === null) return null;
  return suggestProgramme(getService().programmes, { age, referrer, anyRiskFlag: isAtRisk(answers) });
}

function applies(journey: Journey, step: Step, answers: Answers): boolean {
  if (step.id === "age-outside") {
    const age = ageFrom(answers);
    return journey.isReferral && age !== null && !ageIsServed(getService().programmes, age);
  }
  return step.when ? step.when(answers) : true;
}

export function applicableSteps(journey: Journey, answers: Answers): Step[] {
  return journey.steps.filter((step) => applies(journey, step, answers));
}

export function stepPath(journey: Journey, stepId: string): string {
  return `/${journey.area}/${journey.slug}/${stepId}`;
}

export const checkPath = (journey: Journey) => `/${journey.area}/${journey.slug}/check`;
export const confirmationPath = (journey: Journey) => `/${journey.area}/${journey.slug}/confirmation`;

/** Where Continue leads from this page: the next page that applies, or the check-your-answers page. */
export function nextPath(journey: Journey, answers: Answers, stepId: string): string {
  const index = journey.steps.findIndex((s) => s.id === stepId);
  const next = journey.steps.slice(index + 1).find((step) => applies(journey, step, answers));
  return next ? stepPath(journey, next.id) : checkPath(journey);
}

/** Where Back leads: the previous page that applies, or the start page. */
export function previousPath(journey: Journey, answers: Answers, stepId: string): string {
  const index = stepId === "check" ? journey.steps.length : journey.steps.findIndex((s) => s.id === stepId);
  const previous = journey.steps
    .slice(0, Math.max(index, 0))
    .reverse()
    .find((step) => applies(journey, step, answers));
  if (previous) return stepPath(journey, previous.id);
  return journey.area === "refer" ? "/refer" : "/enquire";
}

export function firstStepPath(journey: Journey): string {
  return stepPath(journey, journey.steps[0]!.id);
}

/** Whether a page applies now: a person who jumps to a page that does not apply is sent back. */
export function stepApplies(journey: Journey, answers: Answers, stepId: string): boolean {
  const step = journey.steps.find((s) => s.id === stepId);
  return Boolean(step && applies(journey, step, answers));
}

/** Whether a page may be shown now: as stepApplies, and the "we have moved you" page while it still makes sense. */
export function canShowStep(journey: Journey, answers: Answers, stepId: string): boolean {
  if (isMovedStep(stepId))
    return journey.steps.some((s) => s.id === stepId) && movedPageShows(answers, new Date(), stepId);
  return stepApplies(journey, answers, stepId);
}

const ROUTE_ENDS = new Set(["cannot-continue", "agreement-needed", "own-agreement-needed"]);

/**
 * Where to go after a page changed from the check page: the first page that now applies and has
 * not been answered (a new date of birth can bring consent pages for the new age, and they are
 * never skipped), else the check page.
 */
export function afterChangePath(journey: Journey, answers: Answers): string {
  const end = endOfRoute(journey, answers);
  if (end) return end;
  const unanswered = applicableSteps(journey, answers).find(
    (s) => s.kind === "question" && !pageAnswers(answers, s.id),
  );
  return unanswered ? stepPath(journey, unanswered.id) : checkPath(journey);
}

/** The page that ends this route, when one applies: nothing can be sent past it. */
export function endOfRoute(journey: Journey, answers: Answers): string | null {
  const end = journey.steps.find((s) => ROUTE_ENDS.has(s.id) && applies(journey, s, answers));
  return end ? stepPath(journey, end.id) : null;
}

/** Whose crisis lines to put first: a young person referring themselves sees Childline and Shout first. */
export const crisisAudienceOf = (journey: Journey): CrisisAudience =>
  journey.kind === "YOUNG_PERSON_SELF" ? "young-person" : "everyone";
