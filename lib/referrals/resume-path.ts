import { applicableSteps, checkPath, stepPath } from "./flow";
import type { Answers, Journey } from "./journeys/types";

/**
 * Where a person coming back to a saved form carries on: the page they saved half-typed, else the
 * first question not yet answered, else the check page.
 */
export function resumePath(journey: Journey, answers: Answers, typedStep?: string): string {
  const typed = applicableSteps(journey, answers).find((s) => s.kind === "question" && s.id === typedStep);
  if (typed) return stepPath(journey, typed.id);
  const next = applicableSteps(journey, answers).find((s) => s.kind === "question" && !answers[s.id]);
  return next ? stepPath(journey, next.id) : checkPath(journey);
}
