import { describe, expect, it } from "vitest";
import { applicableSteps, endOfRoute } from "@/lib/referrals/flow";
import { journeyMoveFor } from "@/lib/referrals/journey-moves";
import { journeys, getQuestionStep } from "@/lib/referrals/journeys/registry";
import { riskAnswersFrom } from "@/lib/referrals/journeys/answer-facts";
import { assessRisk } from "@/lib/referrals/risk-flags";
import type { Answers, JourneySlug } from "@/lib/referrals/journeys/types";
import { draftAnswers } from "../helpers/journey-answers";

// Which consent pages each journey asks at each age, and what it will not send without (H11).

const thisYear = new Date().getUTCFullYear();

/** A complete draft for a journey, as the server keeps it, for someone born on 1 January `age` years ago. */
function draftAt(slug: JourneySlug, age: number): Answers {
  const draft = draftAnswers(slug) as Answers;
  return { ...draft, about: { ...draft.about!, dateOfBirth: { day: "1", month: "1", year: String(thisYear - age) } } };
}
const without = (answers: Answers, page: keyof Answers): Answers => {
  const copy = { ...answers };
  delete copy[page];
  return copy;
};
const pagesAsked = (slug: JourneySlug, answers: Answers) =>
  applicableSteps(journeys[slug], answers)
    .map((s) => s.id)
    .filter((id) =>
      ["consent", "parental-responsibility", "parent-details", "agreement", "who-agreed", "own-words"].includes(id),
    );
const sendable = (slug: JourneySlug, answers: Answers) => journeys[slug].schema.safeParse(answers).success;
const agreeing = (answers: Answers, youngPersonAgrees: "yes" | "no" | "not-sure"): Answers => ({
  ...answers,
  agreement: { youngPersonAgrees, contactFirst: "young-person", childPhone: "07700 900555", childEmail: "" },
});

describe("a parent or carer referring their child", () => {
  it.each([9, 11])(
    "at %i, asks about parental responsibility and their own words, not the child's agreement",
    (age) => {
      const draft = draftAt("parent-carer", age);
      expect(pagesAsked("parent-carer", draft)).toEqual(["parental-responsibility", "own-words"]);
      expect(sendable("parent-carer", draft)).toBe(true);
      expect(sendable("parent-carer", without(draft, "parental-responsibility"))).toBe(false);
    },
  );

  it.each([12, 13, 15])(
    "at %i, also asks whether the young person agrees, and still sends when they have not agreed yet",
    (age) => {
      const draft = draftAt("parent-carer", age);
      expect(pagesAsked("parent-carer", draft)).toEqual(["parental-responsibility", "agreement", "own-words"]);
      expect(sendable("parent-carer", draft)).toBe(false);
      for (const answer of ["yes", "no", "not-sure"] as const) {
        expect(sendable("parent-carer", agreeing(draft, answer))).toBe(true);
        expect(endOfRoute(journeys["parent-carer"], agreeing(draft, answer))).toBeNull();
      }
    },
  );

  it.each([16, 17])(
    "at %i, needs the young person's agreement: no or not sure leads to the page that says what to do, and nothing is sent",
    (age) => {
      const draft = draftAt("parent-carer", age);
      expect(pagesAsked("parent-carer", draft)).toEqual(["parental-responsibility", "agreement", "own-words"]);
      expect(sendable("parent-carer", agreeing(draft, "yes"))).toBe(true);
      for (const answer of ["no", "not-sure"] as const) {
        expect(endOfRoute(journeys["parent-carer"], agreeing(draft, answer))).toBe(
          "/refer/parent-carer/agreement-needed",
        );
        const refused = journeys["parent-carer"].schema.safeParse(agreeing(draft, answer));
        expect(refused.error?.issues.map((i) => i.message)).toContain(
          "At 16 or 17, your child needs to agree to this referral",
        );
      }
    },
  );

  it("asks for the young person's phone or email when they should be contacted first", () => {
    const agreement = getQuestionStep(journeys["parent-carer"], "agreement")!.schema;
    const first = agreement.safeParse({ youngPersonAgrees: "yes", contactFirst: "young-person" });
    expect(first.error?.issues.map((i) => i.path.join("."))).toEqual(["childPhone"]);
    expect(agreement.safeParse({ youngPersonAgrees: "yes", contactFirst: "parent" }).success).toBe(true);
  });

  it("flags a child's referral when the parent is not confirmed to have parental responsibility", () => {
    const draft = draftAt("parent-carer", 10);
    const pr = draft["parental-responsibility"]!;
    for (const [youHavePR, flagged] of [
      ["yes", false],
      ["no", true],
      ["not-sure", true],
    ] as const) {
      const answers = { ...draft, "parental-responsibility": { ...pr, youHavePR } };
      expect(assessRisk(riskAnswersFrom(answers)).flags.noParentalResponsibility).toBe(flagged);
    }
  });
});

describe("a GP or other professional referring someone", () => {
  it.each([9, 11, 12, 13, 15, 16, 17])(
    "at %i, needs the parent or carer's details, parental responsibility and who agreed",
    (age) => {
      const draft = draftAt("professional", age);
      expect(pagesAsked("professional", draft)).toEqual([
        "parent-details",
        "parental-responsibility",
        "own-words",
        "consent",
        "who-agreed",
      ]);
      expect(sendable("professional", draft)).toBe(true);
      for (const page of ["parent-details", "parental-responsibility", "who-agreed"] as const) {
        const refused = journeys.professional.schema.safeParse(without(draft, page));
        expect(refused.error?.issues.map((i) => i.path[0])).toEqual([page]);
      }
    },
  );

  it.each([16, 17])(
    "at %i, needs the young person's own agreement: agreed by a parent only leads to the page that says what to do, and nothing is sent",
    (age) => {
      const draft = draftAt("professional", age);
      const byParent: Answers = { ...draft, "who-agreed": { whoAgreed: "parent" } };
      expect(endOfRoute(journeys.professional, byParent)).toBe("/refer/professional/own-agreement-needed");
      const refused = journeys.professional.schema.safeParse(byParent);
      expect(refused.error?.issues.map((i) => i.message)).toContain(
        "At 16 or 17, the young person needs to agree to this referral themselves",
      );
      for (const whoAgreed of ["both", "young-person"] as const) {
        const agreed: Answers = { ...draft, "who-agreed": { whoAgreed } };
        expect(endOfRoute(journeys.professional, agreed)).toBeNull();
        expect(sendable("professional", agreed)).toBe(true);
      }
    },
  );

  it.each([9, 12, 15])("at %i, a parent or carer's agreement is enough", (age) => {
    const byParent: Answers = { ...draftAt("professional", age), "who-agreed": { whoAgreed: "parent" } };
    expect(endOfRoute(journeys.professional, byParent)).toBeNull();
    expect(sendable("professional", byParent)).toBe(true);
  });

  it("asks who agreed only once the professional has said the person agreed", () => {
    const draft = draftAt("professional", 12);
    const notYet = ["parent-details", "parental-responsibility", "own-words", "consent"];
    expect(pagesAsked("professional", without(draft, "consent"))).toEqual(notYet);
    expect(pagesAsked("professional", { ...draft, consent: { ...draft.consent!, personConsented: "no" } })).toEqual(
      notYet,
    );
  });

  it("asks an adult's referrer none of the child's consent pages", () => {
    const draft = draftAt("professional", 18);
    expect(pagesAsked("professional", draft)).toEqual(["consent"]);
    const adult = without(
      without(without(without(draft, "parent-details"), "parental-responsibility"), "who-agreed"),
      "own-words",
    );
    expect(sendable("professional", adult)).toBe(true);
  });

  it("needs a phone number or an email address for the parent or carer", () => {
    const details = getQuestionStep(journeys.professional, "parent-details")!.schema;
    const given = { parentName: "Sam", parentRelationship: "Mother", parentHasPR: "yes" };
    expect(details.safeParse({ ...given, parentPhone: "", parentEmail: "" }).error?.issues[0]?.message).toBe(
      "Enter the parent or carer's phone number or email address",
    );
    expect(
      details.safeParse({
        ...given,
        parentPhone: "",
        parentEmail: "sam@example.net",
        mayEmail: "yes",
        emailOwn: "own",
      }).success,
    ).toBe(true);
    expect(
      details
        .safeParse({ parentPhone: "07700 900123" })
        .error?.issues.map((i) => i.path[0])
        .sort(),
    ).toEqual(["mayCall", "mayText", "mayVoicemail", "parentHasPR", "parentName", "parentRelationship", "phoneOwn"]);
  });
});

describe("a young person referring themselves", () => {
  it.each([9, 11, 12, 13, 15])("at %i, asks about parents or carers and will not send without it", (age) => {
    const draft = draftAt("young-person", age);
    expect(pagesAsked("young-person", draft)).toEqual(["consent"]);
    expect(sendable("young-person", draft)).toBe(true);
    expect(sendable("young-person", without(draft, "consent"))).toBe(false);
  });

  it.each([16, 17])("at %i, does not ask about parents or carers", (age) => {
    const draft = without(draftAt("young-person", age), "consent");
    expect(pagesAsked("young-person", draft)).toEqual([]);
    expect(sendable("young-person", draft)).toBe(true);
    expect(journeyMoveFor(journeys["young-person"], draft)).toBeNull();
  });

  it("moves someone of 18 to the adult journey", () => {
    const draft = without(draftAt("young-person", 18), "consent");
    expect(journeyMoveFor(journeys["young-person"], draft)).toBe("adult");
    expect(journeyMoveFor(journeys.adult, draftAt("young-person", 17))).toBe("young-person");
  });
});
