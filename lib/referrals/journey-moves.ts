import { ageFrom } from "./journeys/answer-facts";
import type { Answers, Journey, JourneySlug } from "./journeys/types";

/** The adult journey is for people aged 18 or over (the start page says so). */
export const ADULT_AGE = 18;

/** The info page that tells someone they were moved; reached only by the redirect after the move. */
export const MOVED_STEP = "moved-from-adult";

/**
 * The journey someone should be in instead, from their answers, or null. An under-18 who chose
 * the adult form belongs in the young person's form: it explains confidentiality and, under 16,
 * asks about parents or carers (H04). The pages they answered are the same pages there.
 */
export function journeyMoveFor(journey: Journey, answers: Answers, today = new Date()): JourneySlug | null {
  const age = ageFrom(answers, today);
  if (journey.kind === "ADULT_SELF" && age !== null && age < ADULT_AGE) return "young-person";
  return null;
}

/** Whether the "we have moved you" page still makes sense for these answers. */
export const movedPageShows = (answers: Answers, today = new Date()) => {
  const age = ageFrom(answers, today);
  return age !== null && age < ADULT_AGE;
};
