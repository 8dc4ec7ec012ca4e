import { describe, expect, it } from "vitest";
import { generateReference, REFERENCE_ALPHABET, REFERENCE_PATTERN } from "@/lib/referrals/reference";

describe("referral references", () => {
  it("never use characters that are easy to confuse: 0, O, 1 or I", () => {
    expect(REFERENCE_ALPHABET).not.toMatch(/[0O1I]/);
    for (let i = 0; i < 2000; i++) expect(generateReference()).not.toMatch(/[0O1I]/);
  });

  it("are 8 characters in two groups of four", () => {
    const reference = generateReference();
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(reference.replace("-", "")).toHaveLength(8);
  });

  it("use every character of the alphabet, drawn at random", () => {
    const seen = new Set(Array.from({ length: 500 }, () => generateReference().replace("-", "")).join(""));
    expect([...seen].sort().join("")).toBe([...REFERENCE_ALPHABET].sort().join(""));
  });

  it("are unique in practice: 10,000 draws give 10,000 references", () => {
    expect(new Set(Array.from({ length: 10_000 }, () => generateReference())).size).toBe(10_000);
  });

  // A reference typed to check progress (lib/progress/check.ts): what cannot be one is never looked up.
  it.each([
    "",
    "KX7P3M9Q",
    "KX7P-3M9",
    "KX7P-3M9QZ",
    "kx7p-3m9q",
    "KX7O-3M9Q",
    "KX7P-3M1Q",
    " KX7P-3M9Q",
    "AKX7P-3M9Q",
  ])("are told apart from what is not one: %j", (typed) => {
    expect(REFERENCE_PATTERN.test(typed)).toBe(false);
    expect(REFERENCE_PATTERN.test("KX7P-3M9Q")).toBe(true);
  });

  it("come from the random source it is given", () => {
    expect(generateReference(() => 0)).toBe("2222-2222");
    expect(generateReference((max) => max - 1)).toBe("ZZZZ-ZZZZ");
  });
});
