import { describe, expect, it } from "vitest";
import { getQuestionStep, journeys } from "@/lib/referrals/journeys/registry";

// The interpreter question as a person sees it: No or Yes, and under Yes which language, with
// examples that include British Sign Language. Each choice posts a value the page's schema takes.

const fieldsOf = (slug: keyof typeof journeys, page: string) =>
  Object.fromEntries(getQuestionStep(journeys[slug], page)!.fields.map((field) => [field.name, field]));
const NO_YES = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
];
const HINT = "For example, Polish, Urdu or British Sign Language (BSL)";

describe("the interpreter question", () => {
  it("offers No or Yes about the person, and asks which language only under Yes", () => {
    const fields = fieldsOf("adult", "about");
    expect(fields.interpreter).toMatchObject({ kind: "radios", options: NO_YES });
    expect(fields.language).toMatchObject({
      kind: "text",
      label: "Which language?",
      hint: HINT,
      showWhen: { name: "interpreter", values: ["yes"] },
    });
  });

  it("asks a parent the same about themselves on their contact page", () => {
    const fields = fieldsOf("parent-carer", "contact");
    expect(fields.yourInterpreter).toMatchObject({ kind: "radios", options: NO_YES });
    expect(fields.yourLanguage).toMatchObject({
      label: "Which language do you need?",
      hint: HINT,
      showWhen: { name: "yourInterpreter", values: ["yes"] },
    });
  });

  it("takes each choice it offers as an answer", () => {
    const about = getQuestionStep(journeys.adult, "about")!.schema;
    const person = { givenName: "Alex", familyName: "Testperson", dateOfBirth: { day: "1", month: "1", year: "1990" } };
    for (const { value } of NO_YES) {
      expect(about.safeParse({ ...person, interpreter: value, language: "Polish" }).success).toBe(true);
    }
  });
});
