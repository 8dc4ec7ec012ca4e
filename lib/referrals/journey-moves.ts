import { ageFrom } from "./journeys/answer-facts";
import { ADULT_AGE } from "./journeys/consent-ages";
import type { Answers, Journey, JourneyKind, JourneySlug } from "./journeys/types";

export { ADULT_AGE };

/** The info page that tells someone they were moved to the young person's form; reached only by the redirect after the move. */
export const MOVED_STEP = "moved-from-adult";
/** The same, for someone 18 or over moved from the young person's form to the adult one. */
export const MOVED_TO_ADULT_STEP = "moved-from-young-person";

const MOVED_STEPS = new Set([MOVED_STEP, MOVED_TO_ADULT_STEP]);
export const isMovedStep = (stepId: string) => MOVED_STEPS.has(stepId);

const isUnder18 = (answers: Answers, today: Date) => {
  const age = ageFrom(answers, today);
  return age !== null && age < ADULT_AGE;
};
const isAdult = (answers: Answers, today: Date) => {
  const age = ageFrom(answers, today);
  return age !== null && age >= ADULT_AGE;
};

/** Each move between the two self-referral journeys: who belongs elsewhere, and the page that tells them. */
const moves: { from: JourneyKind; to: JourneySlug; step: string; belongs: (a: Answers, today: Date) => boolean }[] = [
  // An under-18 who chose the adult form: the young person's form explains confidentiality and,
  // under 16, asks about parents or carers (H04).
  { from: "ADULT_SELF", to: "young-person", step: MOVED_STEP, belongs: isUnder18 },
  // Someone 18 or over in the young person's form: adult services and the adult form are theirs (H04).
  { from: "YOUNG_PERSON_SELF", to: "adult", step: MOVED_TO_ADULT_STEP, belongs: isAdult },
];

/**
 * The journey someone should be in instead, from their answers, or null. The pages they
 * answered are the same pages there, so nothing they typed is lost.
 */
export function journeyMoveFor(journey: Journey, answers: Answers, today = new Date()): JourneySlug | null {
  return moves.find((m) => m.from === journey.kind && m.belongs(answers, today))?.to ?? null;
}

/** The page that tells someone they were moved into this journey. */
export function movedStepInto(journey: Journey): string {
  return moves.find((m) => m.to === journey.slug)?.step ?? MOVED_STEP;
}

/** The journey a draft of this kind may have been moved to, with the test for whether it still belongs there. */
export function moveFrom(journey: Journey) {
  return moves.find((m) => m.from === journey.kind) ?? null;
}

/** Whether the "we have moved you" page still makes sense for these answers. */
export const movedPageShows = (answers: Answers, today = new Date(), stepId: string = MOVED_STEP) =>
  (stepId === MOVED_TO_ADULT_STEP ? isAdult : isUnder18)(answers, today);
