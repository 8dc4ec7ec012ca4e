import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isAtRisk, measureRiskItemPositive, riskQuestionsAtRisk } from "@/lib/referrals/journeys/answer-facts";
import type { Answers } from "@/lib/referrals/journeys/types";

// The risk questions' answers decide whether the "Get help now" page follows them and whether the
// crisis lines stay on every later page: "not sure" must count as much as "yes".

const riskAnswers = (selfHarmThoughts?: string, beingHurt?: string) =>
  ({ risk: { selfHarmThoughts }, safety: { beingHurt } }) as Answers;

describe("the risk questions' answers", () => {
  it.each(["yes", "not-sure"])("'%s' to thoughts of self-harm counts as at risk", (answer) => {
    const answers = riskAnswers(answer, "no");
    expect(riskQuestionsAtRisk(answers)).toBe(true);
    expect(isAtRisk(answers)).toBe(true);
  });

  it.each(["yes", "not-sure"])("'%s' to someone hurting them counts as at risk", (answer) => {
    const answers = riskAnswers("no", answer);
    expect(riskQuestionsAtRisk(answers)).toBe(true);
    expect(isAtRisk(answers)).toBe(true);
  });

  it("'no' to both, 'prefer not to say', or no answer yet is not at risk", () => {
    for (const answers of [riskAnswers("no", "no"), riskAnswers("no", "prefer-not"), {} as Answers]) {
      expect(riskQuestionsAtRisk(answers)).toBe(false);
      expect(isAtRisk(answers)).toBe(false);
    }
  });
});

describe("PHQ-9 item 9 on the day the person turns 18", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-15T12:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  const turning18Today = (phq9?: { item9: string }) =>
    ({
      about: { dateOfBirth: { day: "15", month: "6", year: "2008" } },
      measures: { answerMeasures: "yes" },
      ...(phq9 && { phq9 }),
    }) as Answers;

  it("counts: an 18 year old is shown the PHQ-9", () => {
    expect(measureRiskItemPositive(turning18Today({ item9: "1" }))).toBe(true);
    expect(isAtRisk(turning18Today({ item9: "1" }))).toBe(true);
  });

  it("is not a risk sign before the person has answered it", () => {
    expect(measureRiskItemPositive(turning18Today())).toBe(false);
    expect(isAtRisk(turning18Today())).toBe(false);
  });
});
