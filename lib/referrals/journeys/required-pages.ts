import type { z } from "zod";
import type { Answers, Step } from "./types";
import { pageAnswers } from "./answers";

/**
 * Every question page that applies to these answers must be answered before sending: a page that
 * appears only at some ages (parental responsibility, the young person's agreement) is optional
 * in the schema's shape, so this is where it becomes required. Never skipped by changing the date
 * of birth after the page was passed.
 */
export function requireApplicablePages(steps: Step[], answers: Answers, ctx: z.RefinementCtx) {
  for (const step of steps) {
    if (step.kind !== "question" || !step.when || !step.when(answers)) continue;
    if (!pageAnswers(answers, step.id))
      ctx.addIssue({ code: "custom", path: [step.id], message: `Answer the questions on "${step.title}"` });
  }
}
