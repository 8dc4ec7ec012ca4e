import { describe, expect, it } from "vitest";
import {
  gad7Step,
  parentVersionAge,
  phq9Step,
  smfqParentStep,
  smfqStep,
  wsasStep,
} from "@/lib/referrals/journeys/steps-measures";
import type { Answers } from "@/lib/referrals/journeys/types";

// Issue 16: which questionnaire a person is offered depends on their age from the date of birth,
// and none is offered to someone who said they would rather not answer them.

const thisYear = new Date().getUTCFullYear();
/** Born on 1 January, so the age is the same on every day of this year. */
const aged = (age: number, answerMeasures: "yes" | "no" = "yes") =>
  ({
    about: { dateOfBirth: { day: "1", month: "1", year: String(thisYear - age) } },
    measures: { answerMeasures },
  }) as unknown as Answers;
const noDateOfBirth = { measures: { answerMeasures: "yes" } } as unknown as Answers;

const adultSteps = [phq9Step, gad7Step, wsasStep];

describe("the adult questionnaires (PHQ-9, GAD-7, WSAS)", () => {
  it.each(adultSteps.map((s) => [s.id, s]))("%s is offered from 18, not at 17", (_, step) => {
    expect(step.when?.(aged(18))).toBe(true);
    expect(step.when?.(aged(40))).toBe(true);
    expect(step.when?.(aged(17))).toBe(false);
  });

  it.each(adultSteps.map((s) => [s.id, s]))("%s is not offered without a date of birth", (_, step) => {
    expect(step.when?.(noDateOfBirth)).toBe(false);
  });

  it.each(adultSteps.map((s) => [s.id, s]))("%s is not offered to an adult who would rather not answer", (_, step) => {
    expect(step.when?.(aged(30, "no"))).toBe(false);
  });
});

describe("the SMFQ child version", () => {
  it("is offered up to 17, not from 18", () => {
    expect(smfqStep.when?.(aged(17))).toBe(true);
    expect(smfqStep.when?.(aged(12))).toBe(true);
    expect(smfqStep.when?.(aged(18))).toBe(false);
  });

  it("is not offered without a date of birth, nor to someone who would rather not answer", () => {
    expect(smfqStep.when?.(noDateOfBirth)).toBe(false);
    expect(smfqStep.when?.(aged(15, "no"))).toBe(false);
  });
});

describe("the SMFQ parent version", () => {
  it("is offered for children from 8 to 17, not at 7 or 18", () => {
    expect(smfqParentStep.when?.(aged(7))).toBe(false);
    expect(smfqParentStep.when?.(aged(8))).toBe(true);
    expect(smfqParentStep.when?.(aged(17))).toBe(true);
    expect(smfqParentStep.when?.(aged(18))).toBe(false);
  });

  it("is not offered without a date of birth, nor to a parent who would rather not answer", () => {
    expect(parentVersionAge(noDateOfBirth)).toBe(false);
    expect(smfqParentStep.when?.(noDateOfBirth)).toBe(false);
    expect(smfqParentStep.when?.(aged(10, "no"))).toBe(false);
  });
});
