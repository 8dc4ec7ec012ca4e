import { describe, expect, it } from "vitest";
import { isAtRisk, measureRiskItemPositive, riskAnswersFrom } from "@/lib/referrals/journeys/answer-facts";
import type { Answers } from "@/lib/referrals/journeys/types";
import { assessRisk } from "@/lib/referrals/risk-flags";

const born = (yearsAgo: number) => ({
  givenName: "Alex",
  familyName: "Testperson",
  dateOfBirth: { day: "1", month: "1", year: String(new Date().getUTCFullYear() - yearsAgo - 1) },
  interpreter: "no" as const,
});
const adultWith = (item9: string, answerMeasures: "yes" | "no" = "yes", age = 30): Answers =>
  ({ about: born(age), measures: { answerMeasures }, phq9: { item9 } }) as Answers;

describe("PHQ-9 item 9 as a risk sign", () => {
  it.each(["1", "2", "3"])(
    "answered %s: sets the thoughts flag, keeps the crisis lines on, and is never urgent",
    (item9) => {
      const answers = adultWith(item9);
      expect(measureRiskItemPositive(answers)).toBe(true);
      expect(isAtRisk(answers)).toBe(true);
      const { flags, urgent } = assessRisk({ ...riskAnswersFrom(answers), selfHarmThoughts: "no" });
      expect(flags.selfHarmThoughts).toBe(true);
      expect(flags.mayActSoon).toBe(false);
      expect(urgent).toBe(false);
    },
  );

  it("does nothing when answered 'Not at all'", () => {
    expect(measureRiskItemPositive(adultWith("0"))).toBe(false);
    expect(assessRisk(riskAnswersFrom(adultWith("0"))).flags.selfHarmThoughts).toBe(false);
  });

  it("ignores a PHQ-9 the person was no longer shown: they chose not to answer, or are under 18", () => {
    expect(measureRiskItemPositive(adultWith("3", "no"))).toBe(false);
    expect(measureRiskItemPositive(adultWith("3", "yes", 15))).toBe(false);
  });
});
