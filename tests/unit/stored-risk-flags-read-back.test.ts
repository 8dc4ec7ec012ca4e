import { describe, expect, it } from "vitest";
import { flagColumns, flagsOf, riskFlagNames, type RiskFlag } from "@/lib/referrals/risk-flags";

// The flags are stored one column each; staff pages and emails read them back as a list. A flag
// lost on the way back would hide a risk from the team.

const only = (...set: RiskFlag[]) =>
  Object.fromEntries(riskFlagNames.map((name) => [name, set.includes(name)])) as Record<RiskFlag, boolean>;

describe("risk flags read back from the referral's columns", () => {
  it.each(riskFlagNames)("reads back %s alone from its own column", (name) => {
    expect(flagsOf(flagColumns(only(name)))).toEqual([name]);
  });

  it("reads back several in the order staff read them, and none when none is set", () => {
    expect(flagsOf(flagColumns(only("noParentalResponsibility", "beingHurt", "selfHarmThoughts")))).toEqual([
      "selfHarmThoughts",
      "beingHurt",
      "noParentalResponsibility",
    ]);
    expect(flagsOf(flagColumns(only()))).toEqual([]);
  });
});
