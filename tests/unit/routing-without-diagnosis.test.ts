import { describe, expect, it } from "vitest";
import { programmeFor } from "@/lib/referrals/flow";
import { getQuestionStep, journeys } from "@/lib/referrals/journeys/registry";
import type { Answers, JourneySlug } from "@/lib/referrals/journeys/types";

// Issue 16: no routing depends on "has a doctor said depression", and (H19, decided there) the
// suggestion does not move with a questionnaire's total either: age, who refers and risk decide it.

const referrals: JourneySlug[] = ["young-person", "adult", "parent-carer", "professional"];
const thisYear = new Date().getUTCFullYear();
const items = (n: number, value: string) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`item${i + 1}`, value]));
const aged = (age: number, extra: Record<string, unknown> = {}) =>
  ({
    about: { dateOfBirth: { day: "1", month: "1", year: String(thisYear - age) } },
    concerns: { whatIsHappening: "Low for months", relationships: [] },
    ...extra,
  }) as unknown as Answers;

// Everything a doctor's word or a questionnaire could say, short of the PHQ-9's risk item.
const variants: Record<string, Record<string, unknown>> = {
  "a doctor said depression": { concerns: { whatIsHappening: "Low", relationships: [], diagnosis: "yes" } },
  "no doctor said depression": { concerns: { whatIsHappening: "Low", relationships: [], diagnosis: "no" } },
  "the highest SMFQ": { measures: { answerMeasures: "yes" }, smfq: items(13, "2") },
  "the lowest SMFQ": { measures: { answerMeasures: "yes" }, smfq: items(13, "0") },
  "the highest parent SMFQ": { measures: { answerMeasures: "yes" }, "smfq-parent": items(13, "2") },
  "a severe PHQ-9 with item 9 'Not at all', and the highest GAD-7 and WSAS": {
    measures: { answerMeasures: "yes" },
    phq9: { ...items(8, "3"), item9: "0" },
    gad7: items(7, "3"),
    wsas: items(5, "8"),
  },
  "a professional's highest totals": { scores: { phq9Total: 26, gad7Total: 21, wsasTotal: 40, smfqTotal: 26 } },
};

describe("the programme suggested to staff", () => {
  it.each(referrals)(
    "in the %s journey, is the same at every age whatever a doctor said or a questionnaire's total",
    (slug) => {
      for (let age = 8; age <= 20; age++) {
        const plain = programmeFor(journeys[slug], aged(age))?.id ?? null;
        for (const [what, extra] of Object.entries(variants)) {
          expect({ age, what, suggested: programmeFor(journeys[slug], aged(age, extra))?.id ?? null }).toEqual({
            age,
            what,
            suggested: plain,
          });
        }
      }
    },
  );

  it("comes from pages none of which asks whether a doctor has said it is depression", () => {
    for (const journey of Object.values(journeys)) {
      for (const step of journey.steps) {
        const question = getQuestionStep(journey, step.id);
        for (const field of question?.fields ?? []) {
          expect(`${journey.slug}/${step.id}: ${field.name} ${field.label}`).not.toMatch(/diagnos|doctor (has )?said/i);
        }
      }
    }
  });

  it("cannot be given an old 'diagnosis' answer: the page that once asked it refuses the field", () => {
    for (const slug of referrals) {
      const concerns = getQuestionStep(journeys[slug], "concerns")!;
      expect(concerns.schema.safeParse({ whatIsHappening: "Low", relationships: [] }).success).toBe(true);
      expect(concerns.schema.safeParse({ whatIsHappening: "Low", relationships: [], diagnosis: "no" }).success).toBe(
        false,
      );
    }
  });
});
