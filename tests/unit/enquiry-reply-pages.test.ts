import { describe, expect, it } from "vitest";
import { getQuestionStep, journeys } from "@/lib/referrals/journeys/registry";

// Training enquiries come from professionals, so their reply page asks for a role and an
// organisation; a general question may come from anyone and asks only how to reply.

const fieldNames = (slug: "question" | "training") =>
  getQuestionStep(journeys[slug], "contact")!.fields.map((field) => field.name);

describe("the enquiry journeys' pages", () => {
  it("a general question asks the question, then a name, email address and optional phone", () => {
    expect(journeys.question.steps.map((step) => step.id)).toEqual(["question", "contact"]);
    expect(fieldNames("question")).toEqual(["yourName", "email", "phone"]);
  });

  it("a training enquiry asks which course, then also the person's role and organisation", () => {
    expect(journeys.training.steps.map((step) => step.id)).toEqual(["course", "contact"]);
    expect(fieldNames("training")).toEqual(expect.arrayContaining(["yourName", "role", "organisation", "email"]));
    expect(
      journeys.training.schema.safeParse({
        course: { course: "introductory", message: "" },
        contact: { yourName: "Chris", email: "c@example.net", phone: "" },
      }).success,
    ).toBe(false);
  });
});
