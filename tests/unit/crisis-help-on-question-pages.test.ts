import { describe, expect, it } from "vitest";
import { journeys } from "@/lib/referrals/journeys/registry";
import type { QuestionStep } from "@/lib/referrals/journeys/types";

// Where the question pages show crisis help before anything is sent (components/journey/question-form.tsx):
// the short crisis box on pages where someone may write about a crisis, and the crisis lines at once
// under a measure's risk item answered above "Not at all" (PHQ-9 item 9).
const questionPages = Object.values(journeys).flatMap((journey) =>
  journey.steps.flatMap((step) => (step.kind === "question" ? [{ where: `${journey.slug}/${step.id}`, step }] : [])),
);
const revealing = questionPages.filter(({ step }) => step.reveal);

describe("crisis help on the question pages", () => {
  it("shows the crisis box where a parent or professional writes the young person's own words", () => {
    const ownWords = questionPages.filter(({ step }) => step.id === "own-words");
    expect(ownWords.map(({ where }) => where).sort()).toEqual(["parent-carer/own-words", "professional/own-words"]);
    for (const { step } of ownWords) expect(step.signpostCrisis).toBe(true);
  });

  it("has measure pages with a risk item: the PHQ-9 in both self-referral forms", () => {
    expect(revealing.map(({ where }) => where).sort()).toEqual(["adult/phq9", "young-person/phq9"]);
  });

  it.each(revealing)("$where shows the crisis lines for every answer to its risk item above the first", ({ step }) => {
    const { name, values } = step.reveal!;
    const item = step.fields.find((f) => f.name === name) as QuestionStep["fields"][number] & {
      options?: { value: string }[];
    };
    const answers = item.options!.map((o) => o.value);
    expect(answers.length).toBeGreaterThan(2);
    expect([...values]).toEqual(answers.slice(1));
  });
});
