import { describe, expect, it } from "vitest";
import { anyRiskFlag, assessRisk, type RiskAnswers } from "@/lib/referrals/risk-flags";

const answers = ["yes", "no", "not-sure"] as const;

describe("risk flags from a referral's answers", () => {
  it.each(answers.flatMap((thoughts) => answers.map((soon) => [thoughts, soon] as const)))(
    "thoughts %s, may act soon %s",
    (thoughts, soon) => {
      const { flags, urgent } = assessRisk({ selfHarmThoughts: thoughts, mayActSoon: soon });
      const thoughtsFlagged = thoughts !== "no";
      expect(flags.selfHarmThoughts).toBe(thoughtsFlagged);
      expect(flags.mayActSoon).toBe(thoughtsFlagged && soon !== "no");
      // "Yes" or "not sure" to acting soon makes the referral urgent.
      expect(urgent).toBe(thoughtsFlagged && soon !== "no");
    },
  );

  it.each([
    ["yes", true],
    ["not-sure", true],
    ["no", false],
    ["prefer-not", false],
    [undefined, false],
  ] as const)("someone may be hurting them: %s makes it urgent: %s", (beingHurt, urgent) => {
    const result = assessRisk({ selfHarmThoughts: "no", beingHurt });
    expect(result.flags.beingHurt).toBe(urgent);
    expect(result.urgent).toBe(urgent);
  });

  it("flags a professional's safeguarding concern without making the referral urgent on its own", () => {
    const result = assessRisk({ selfHarmThoughts: "no", professionalSafeguarding: "yes" });
    expect(result.flags.safeguarding).toBe(true);
    expect(result.urgent).toBe(false);
    expect(anyRiskFlag(result)).toBe(true);
  });

  it.each([
    [15, "no", true],
    [15, "yes", false],
    [16, "no", false],
    [null, "no", false],
  ] as const)(
    "aged %s with parent knowing %s flags an under-16 whose parent does not know: %s",
    (age, parentKnows, flagged) => {
      const input: RiskAnswers = { selfHarmThoughts: "no", age, parentKnows };
      expect(assessRisk(input).flags.under16ParentUnaware).toBe(flagged);
    },
  );

  it("finds no flag when every answer is no", () => {
    const result = assessRisk({ selfHarmThoughts: "no", beingHurt: "no", professionalSafeguarding: "no", age: 30 });
    expect(anyRiskFlag(result)).toBe(false);
  });
});
