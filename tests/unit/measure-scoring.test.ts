import { describe, expect, it } from "vitest";
import { enteredScore, gad7, phq9, scoreMeasure, smfqChild, smfqParent, wsas, type ItemAnswer } from "@/lib/measures";

// Worked examples from each measure's published scoring (sources in each lib/measures module).
const all = (n: number, value: ItemAnswer) => Array<ItemAnswer>(n).fill(value);
/** Answers adding up to `total`, each item at most `max`, filled from the first item. */
function summingTo(n: number, max: number, total: number): ItemAnswer[] {
  return Array.from({ length: n }, (_, i) => Math.max(0, Math.min(max, total - i * max)));
}

describe("PHQ-9", () => {
  it("scores all 'not at all' as 0, none to minimal, and no risk", () => {
    expect(scoreMeasure(phq9, all(9, 0))).toMatchObject({
      total: 0,
      band: "None to minimal",
      status: "complete",
      riskItemPositive: false,
    });
  });

  it("scores all 'nearly every day' as 27, severe", () => {
    expect(scoreMeasure(phq9, all(9, 3))).toMatchObject({ total: 27, band: "Severe", status: "complete" });
  });

  it.each([
    [4, "None to minimal"],
    [5, "Mild"],
    [9, "Mild"],
    [10, "Moderate"],
    [14, "Moderate"],
    [15, "Moderately severe"],
    [19, "Moderately severe"],
    [20, "Severe"],
  ])("puts a total of %i in the %s band (Kroenke 2001 cut points 5, 10, 15, 20)", (total, band) => {
    const score = scoreMeasure(phq9, summingTo(9, 3, total));
    expect(score).toMatchObject({ total, band });
  });

  it("flags any answer above 'not at all' on item 9 as risk, even when the total is low", () => {
    const answers = all(9, 0);
    answers[8] = 1;
    expect(scoreMeasure(phq9, answers)).toMatchObject({ total: 1, riskItemPositive: true, band: "None to minimal" });
  });

  it("does not treat a high score on other items as the risk item", () => {
    const answers = all(9, 3);
    answers[8] = 0;
    expect(scoreMeasure(phq9, answers)?.riskItemPositive).toBe(false);
  });

  it("prorates one missing item from the mean of the other eight", () => {
    // 8 answered items of 2 = 16; mean 2 for the missing one: 18.
    const answers = all(9, 2);
    answers[3] = null;
    expect(scoreMeasure(phq9, answers)).toMatchObject({ total: 18, status: "prorated", answered: 8 });
  });

  it("prorates two missing items, rounding to the nearest whole number", () => {
    // 7 answered summing to 10: 10 × 9 / 7 = 12.86, so 13 (moderate).
    const answers: ItemAnswer[] = [3, 3, 1, 1, 1, 1, null, null, 0];
    expect(scoreMeasure(phq9, answers)).toMatchObject({ total: 13, status: "prorated", band: "Moderate" });
  });

  it("gives no total when three items are missing", () => {
    const answers: ItemAnswer[] = [3, 3, 3, 3, 3, 3, null, null, null];
    expect(scoreMeasure(phq9, answers)).toMatchObject({ total: null, band: null, status: "incomplete", answered: 6 });
  });

  it("keeps the risk item even when the rest is incomplete", () => {
    const answers: ItemAnswer[] = [null, null, null, null, null, null, null, null, 2];
    expect(scoreMeasure(phq9, answers)).toMatchObject({ status: "incomplete", riskItemPositive: true });
  });

  it("returns nothing when no item was answered (the person chose not to)", () => {
    expect(scoreMeasure(phq9, all(9, null))).toBeNull();
  });

  it("refuses an answer the form does not offer", () => {
    expect(() => scoreMeasure(phq9, all(9, 4))).toThrow(RangeError);
    expect(() => scoreMeasure(phq9, all(8, 0))).toThrow(RangeError);
    expect(() => scoreMeasure(phq9, all(9, "n/a"))).toThrow(RangeError);
  });
});

describe("GAD-7", () => {
  it("scores 0 and 21 at the ends", () => {
    expect(scoreMeasure(gad7, all(7, 0))).toMatchObject({ total: 0, band: "Minimal" });
    expect(scoreMeasure(gad7, all(7, 3))).toMatchObject({ total: 21, band: "Severe" });
  });

  it.each([
    [4, "Minimal"],
    [5, "Mild"],
    [9, "Mild"],
    [10, "Moderate"],
    [14, "Moderate"],
    [15, "Severe"],
  ])("puts a total of %i in the %s band (Spitzer 2006 cut points 5, 10, 15)", (total, band) => {
    expect(scoreMeasure(gad7, summingTo(7, 3, total))).toMatchObject({ total, band });
  });

  it("shows one missing item as incomplete, as no prorating rule was confirmed", () => {
    expect(scoreMeasure(gad7, [3, 3, 3, 3, 3, 3, null])).toMatchObject({ total: null, status: "incomplete" });
  });

  it("has no risk item", () => {
    expect(scoreMeasure(gad7, all(7, 3))?.riskItemPositive).toBe(false);
  });
});

describe("WSAS", () => {
  it("scores 0 and 40 at the ends", () => {
    expect(scoreMeasure(wsas, all(5, 0))).toMatchObject({ total: 0, band: "Subclinical (below 10)" });
    expect(scoreMeasure(wsas, all(5, 8))).toMatchObject({ total: 40, band: "Moderately severe or worse (above 20)" });
  });

  it.each([
    [9, "Subclinical (below 10)"],
    [10, "Significant impairment, less severe (10 to 20)"],
    [20, "Significant impairment, less severe (10 to 20)"],
    [21, "Moderately severe or worse (above 20)"],
  ])("puts a total of %i in the band '%s' (Mundt 2002)", (total, band) => {
    expect(scoreMeasure(wsas, summingTo(5, 8, total))).toMatchObject({ total, band });
  });

  it("treats 'not applicable' for work as missing and takes the mean of the other four", () => {
    // 4 + 5 + 6 + 7 = 22; × 5 / 4 = 27.5, so 28.
    expect(scoreMeasure(wsas, ["n/a", 4, 5, 6, 7])).toMatchObject({ total: 28, status: "prorated", answered: 4 });
  });

  it("prorates one blank item the same way", () => {
    expect(scoreMeasure(wsas, [2, 2, null, 2, 2])).toMatchObject({ total: 10, status: "prorated" });
  });

  it("disregards the total with two missing (not applicable plus a blank)", () => {
    expect(scoreMeasure(wsas, ["n/a", 4, null, 6, 7])).toMatchObject({ total: null, status: "incomplete" });
  });

  it("allows 'not applicable' only for the work item", () => {
    expect(() => scoreMeasure(wsas, [1, "n/a", 1, 1, 1])).toThrow(RangeError);
  });
});

describe("SMFQ", () => {
  it("scores not true 0, sometimes 1, true 2: 0 to 26", () => {
    expect(scoreMeasure(smfqChild, all(13, 0))).toMatchObject({ total: 0, band: "Below the cut-off of 8" });
    expect(scoreMeasure(smfqChild, all(13, 2))).toMatchObject({ total: 26, band: "At or above the cut-off of 8" });
    expect(scoreMeasure(smfqChild, all(13, 1))?.total).toBe(13);
  });

  it("puts 7 below and 8 at the child version's cut-off (Angold 1995)", () => {
    expect(scoreMeasure(smfqChild, summingTo(13, 2, 7))?.band).toBe("Below the cut-off of 8");
    expect(scoreMeasure(smfqChild, summingTo(13, 2, 8))?.band).toBe("At or above the cut-off of 8");
  });

  it("gives the parent version a total and no band, as no cut-off is published for it", () => {
    expect(scoreMeasure(smfqParent, all(13, 2))).toMatchObject({ total: 26, band: null, status: "complete" });
  });

  it("shows a missing item as incomplete and has no reverse-scored items", () => {
    expect(scoreMeasure(smfqChild, [...all(12, 2), null])).toMatchObject({ total: null, status: "incomplete" });
    // No item is reverse-scored: "true" adds 2 on every item.
    for (let i = 0; i < 13; i++) {
      const answers = all(13, 0);
      answers[i] = 2;
      expect(scoreMeasure(smfqChild, answers)?.total).toBe(2);
    }
  });

  it("has no self-harm item, so never sets the risk item", () => {
    expect(scoreMeasure(smfqChild, all(13, 2))?.riskItemPositive).toBe(false);
  });
});

describe("a total a referrer entered", () => {
  it("is banded like a scored one and has no items", () => {
    expect(enteredScore(phq9, 12)).toMatchObject({ total: 12, band: "Moderate", status: "entered", items: [] });
  });

  it("refuses a total outside the measure's range", () => {
    expect(() => enteredScore(phq9, 28)).toThrow(RangeError);
    expect(() => enteredScore(gad7, -1)).toThrow(RangeError);
    expect(() => enteredScore(wsas, 2.5)).toThrow(RangeError);
  });
});
