import { applicableSteps, checkPath, stepPath } from "./flow";
import type { Answers, Journey } from "./journeys/types";

/** Where a person coming back to a saved form carries on: the first question not yet answered, or the check page. */
export function resumePath(journey: Journey, answers: Answers): string {
  const next = applicableSteps(journey, answers).find((s) => s.kind === "question" && !answers[s.id]);
  return next ? stepPath(journey, next.id) : checkPath(journey);
}
