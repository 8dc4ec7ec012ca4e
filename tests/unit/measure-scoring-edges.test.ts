import { describe, expect, it } from "vitest";
import { bandOf, enteredScore, gad7, phq9, scoreMeasure, wsas, type ItemAnswer, type Measure } from "@/lib/measures";

// The edges of scoring (lib/measures/score.ts) the worked examples leave open: the whole score
// object, the limits of an entered total, and the words of each refusal.

describe("a scored measure, whole", () => {
  it("keeps each answer as given, counts the answered items and bands the total", () => {
    const answers: ItemAnswer[] = [1, 2, 3, 0, 1, 2, 3, 0, 0];
    expect(scoreMeasure(phq9, answers)).toEqual({
      measure: "PHQ9",
      items: answers,
      answered: 9,
      total: 12,
      status: "complete",
      band: "Moderate",
      riskItemPositive: false,
    });
  });

  it("keeps its own copy of the answers, so a later change to the form's list does not alter it", () => {
    const answers: ItemAnswer[] = [1, 1, 1, 1, 1, 1, 1];
    const score = scoreMeasure(gad7, answers);
    answers[0] = 3;
    expect(score?.items[0]).toBe(1);
  });

  it("counts 'not applicable' alone as an answer, but gives no total from it", () => {
    expect(scoreMeasure(wsas, ["n/a", null, null, null, null])).toMatchObject({
      answered: 0,
      total: null,
      status: "incomplete",
    });
  });

  it("never makes a total out of no scored items, even under a rule that allows every item missing", () => {
    const lenient: Measure = { ...wsas, missing: { kind: "mean", maxMissing: 5 } };
    expect(scoreMeasure(lenient, ["n/a", null, null, null, null])).toMatchObject({ total: null, status: "incomplete" });
  });

  it("names the measure and the item in a refusal", () => {
    expect(() => scoreMeasure(phq9, [0, 0, 0])).toThrow("PHQ9 has 9 items");
    expect(() => scoreMeasure(phq9, [0, 0, 4, 0, 0, 0, 0, 0, 0])).toThrow("PHQ9 item 3: 4");
    expect(() => scoreMeasure(gad7, ["n/a", 0, 0, 0, 0, 0, 0])).toThrow("GAD7 item 1: n/a");
  });
});

describe("an entered total", () => {
  it("takes 0 and the measure's highest total", () => {
    expect(enteredScore(phq9, 0)).toMatchObject({ total: 0, band: "None to minimal" });
    expect(enteredScore(phq9, 27)).toMatchObject({ total: 27, band: "Severe" });
  });

  it("refuses one above the highest total, and says the range", () => {
    expect(() => enteredScore(phq9, 28)).toThrow("PHQ9 total must be 0 to 27");
  });

  it("is the whole score object: entered, no items, no risk item", () => {
    expect(enteredScore(gad7, 7)).toEqual({
      measure: "GAD7",
      items: [],
      answered: 0,
      total: 7,
      status: "entered",
      band: "Mild",
      riskItemPositive: false,
    });
  });
});

describe("bands", () => {
  it("gives no band without a total, or below the lowest band", () => {
    expect(bandOf(phq9, null)).toBeNull();
    expect(bandOf(phq9, -1)).toBeNull();
    expect(bandOf({ ...phq9, bands: null }, 10)).toBeNull();
  });
});
