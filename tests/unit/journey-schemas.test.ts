import { describe, expect, it } from "vitest";
import { z } from "zod";
import { journeys, getQuestionStep } from "@/lib/referrals/journeys/registry";
import { LIMITS } from "@/lib/referrals/limits";
import type { JourneySlug } from "@/lib/referrals/journeys/types";
import { draftAnswers, validAnswers } from "../helpers/journey-answers";

const errorsOf = (schema: z.ZodType, value: unknown): Record<string, string[] | undefined> => {
  const result = schema.safeParse(value);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
};
const slugs = Object.keys(journeys) as JourneySlug[];

describe("each journey's schema", () => {
  it.each(slugs)("accepts a complete, valid %s journey", (slug) => {
    expect(journeys[slug].schema.safeParse(draftAnswers(slug)).success).toBe(true);
  });

  it.each(slugs)("refuses unknown fields in the %s journey", (slug) => {
    expect(journeys[slug].schema.safeParse({ ...draftAnswers(slug), admin: true }).success).toBe(false);
    const firstPage = Object.keys(validAnswers[slug])[0]!;
    const draft = draftAnswers(slug);
    expect(
      journeys[slug].schema.safeParse({ ...draft, [firstPage]: { ...draft[firstPage], extra: "x" } }).success,
    ).toBe(false);
  });

  it.each(slugs.filter((s) => journeys[s].isReferral))("asks the risk question first in the %s journey", (slug) => {
    expect(journeys[slug].steps[0]!.id).toBe("risk");
  });

  it("requires the consent questions from a young person under 16, and not from one who is 16", () => {
    const young = draftAnswers("young-person");
    const withoutConsent = { ...young, consent: undefined };
    expect(journeys["young-person"].schema.safeParse(withoutConsent).success).toBe(false);
    const sixteen = {
      ...withoutConsent,
      about: { ...young.about, dateOfBirth: { day: "1", month: "1", year: String(new Date().getUTCFullYear() - 17) } },
    };
    expect(journeys["young-person"].schema.safeParse(sixteen).success).toBe(true);
  });

  it("never sends a professional's referral without the person's agreement", () => {
    const draft = draftAnswers("professional");
    const refused = journeys.professional.schema.safeParse({
      ...draft,
      consent: { ...draft.consent, personConsented: "no" },
    });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.message)).toContain(
      "You need the person's agreement before you refer them",
    );
  });

  it("accepts 'no' to both consent questions: nobody is refused for answering no", () => {
    const consent = getQuestionStep(journeys["young-person"], "consent")!;
    expect(consent.schema.safeParse({ parentKnows: "no", mayContactParent: "no" }).success).toBe(true);
  });
});

describe("page schemas", () => {
  const about = getQuestionStep(journeys.adult, "about")!.schema;
  const contact = getQuestionStep(journeys.adult, "contact")!.schema;
  const where = getQuestionStep(journeys.adult, "where")!.schema;
  const needs = getQuestionStep(journeys.adult, "needs")!.schema;
  const consent = getQuestionStep(journeys.professional, "consent")!.schema;

  it("returns every field's error at once", () => {
    expect(
      Object.keys(
        errorsOf(about, { givenName: "", familyName: "", dateOfBirth: { day: "", month: "", year: "" } }),
      ).sort(),
    ).toEqual(["dateOfBirth", "familyName", "givenName", "interpreter"]);
  });

  it.each([
    [{ day: "", month: "", year: "" }, "Enter your date of birth"],
    [{ day: "1", month: "", year: "" }, "Your date of birth must include a month and year"],
    [{ day: "31", month: "2", year: "2000" }, "Your date of birth must be a real date"],
    [{ day: "1", month: "1", year: "99" }, "Year must include 4 numbers"],
    [{ day: "1", month: "1", year: "2999" }, "Your date of birth must be in the past"],
    [{ day: "1", month: "1", year: "1850" }, "Your date of birth must be after 1900"],
  ])("explains a date of birth of %o: %s", (dateOfBirth, message) => {
    expect(errorsOf(about, { givenName: "A", familyName: "B", dateOfBirth }).dateOfBirth).toEqual([message]);
  });

  it("caps text at its length limit", () => {
    const long = "x".repeat(LIMITS.name + 1);
    expect(
      errorsOf(about, { givenName: long, familyName: "B", dateOfBirth: { day: "1", month: "1", year: "2000" } })
        .givenName,
    ).toEqual([`Must be ${LIMITS.name} characters or fewer`]);
  });

  it("reports a missing answer and a cross-field problem together", () => {
    expect(Object.keys(errorsOf(contact, { phone: "07700 900982", email: "x" })).sort()).toEqual([
      "email",
      "emailOwn",
      "mayCall",
      "mayEmail",
      "mayText",
      "mayVoicemail",
      "phoneOwn",
    ]);
  });

  it("needs a phone number or an email address", () => {
    expect(errorsOf(contact, { phone: "", email: "" }).phone).toEqual(["Enter your phone number or email address"]);
    expect(errorsOf(contact, { phone: "", email: "a@example.net", mayEmail: "yes", emailOwn: "own" })).toEqual({});
    expect(errorsOf(contact, { phone: "12", email: "not-an-email" })).toMatchObject({
      phone: [expect.stringContaining("telephone")],
      email: [expect.stringContaining("correct format")],
    });
  });

  it("checks the NHS number when one is given, and lets it be left out", () => {
    expect(errorsOf(where, { postcode: "EX1 1AA", nhsNumber: "" })).toEqual({});
    expect(errorsOf(where, { postcode: "EX1 1AA", nhsNumber: "943 476 5918" }).nhsNumber).toEqual([
      expect.stringContaining("real NHS number"),
    ]);
    expect(errorsOf(where, { postcode: "nowhere", nhsNumber: "123" })).toMatchObject({
      postcode: [expect.any(String)],
      nhsNumber: ["NHS number must be 10 digits, like 943 476 5919"],
    });
  });

  it("asks which language when an interpreter is wanted", () => {
    expect(errorsOf(about, { interpreter: "yes", language: "" }).language).toEqual([
      "Enter the language the interpreter should speak",
    ]);
    expect(errorsOf(needs, { accessNeeds: "" })).toEqual({});
  });

  it("takes a professional's no to the person's agreement as an answer, and asks for safeguarding details", () => {
    const errors = errorsOf(consent, { personConsented: "no", safeguarding: "yes", safeguardingDetails: "" });
    expect(errors.personConsented).toBeUndefined();
    expect(errors.safeguardingDetails).toEqual(["Describe the safeguarding concerns"]);
    expect(errorsOf(consent, { safeguarding: "no" }).personConsented).toEqual([
      "Select yes if the person has agreed to this referral",
    ]);
  });

  it("keeps HTML as typed: it is text, not markup", () => {
    const typed = "<img src=x onerror=alert(1)>";
    const parsed = about.parse({
      givenName: typed,
      familyName: "B",
      dateOfBirth: { day: "1", month: "1", year: "2000" },
      interpreter: "no",
    });
    expect(parsed.givenName).toBe(typed);
  });
});
