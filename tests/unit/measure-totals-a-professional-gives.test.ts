import { describe, expect, it } from "vitest";
import { scoresStep } from "@/lib/referrals/journeys/steps-measures";

// A professional may give totals they already have: blank, or a whole number from 0 to the
// measure's maximum. Anything else is shown back with a message, never a 500 and never lost.

const phq9Message = "Enter a PHQ-9 total from 0 to 27, or leave it blank";
const parsePhq9 = (phq9Total: unknown) => scoresStep.schema.safeParse({ phq9Total });
const phq9Total = (value: unknown) => {
  const result = parsePhq9(value);
  return result.success ? result.data.phq9Total : "rejected";
};
const phq9Error = (value: unknown) => parsePhq9(value).error?.issues.map((i) => i.message);

describe("a measure total on the scores page", () => {
  it("is read as a number, spaces around it ignored", () => {
    expect(phq9Total("12")).toBe(12);
    expect(phq9Total(" 12 ")).toBe(12);
    expect(phq9Total("0")).toBe(0);
  });

  it("may be left blank or out", () => {
    expect(phq9Total("")).toBeUndefined();
    expect(phq9Total("   ")).toBeUndefined();
    expect(phq9Total(undefined)).toBeUndefined();
    expect(phq9Total(null)).toBeUndefined();
  });

  it("saved before as a number is read again as that number", () => {
    expect(phq9Total(12)).toBe(12);
  });

  it("is accepted up to the measure's maximum and not above it", () => {
    expect(phq9Total("27")).toBe(27);
    expect(phq9Error("28")).toEqual([phq9Message]);
    expect(scoresStep.schema.safeParse({ smfqTotal: "26" }).success).toBe(true);
    expect(scoresStep.schema.safeParse({ smfqTotal: "27" }).success).toBe(false);
  });

  it.each(["a12", "12a", "1.5", "-3", "123", "ab"])("is rejected when not a whole number: %s", (value) => {
    expect(phq9Error(value)).toEqual([phq9Message]);
  });

  it("that is not text at all gets the same message", () => {
    expect(phq9Error(true)).toEqual([phq9Message]);
    expect(phq9Error(["12"])).toEqual([phq9Message]);
  });
});
