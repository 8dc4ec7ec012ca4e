import { describe, expect, it } from "vitest";
import { journeys } from "@/lib/referrals/journeys/registry";
import type { JourneySlug } from "@/lib/referrals/journeys/types";
import { draftAnswers } from "../helpers/journey-answers";

// A rule across pages is checked again before sending. Its error names the page to go back to
// (the issue's path), and says what to do there: a wrong path sends the person nowhere useful.

const issuesOf = (slug: JourneySlug, draft: Record<string, unknown>) =>
  journeys[slug].schema.safeParse(draft).error?.issues.map(({ path, message }) => ({ path, message })) ?? [];

/** A date of birth whose birthday this year has passed (or is today): exactly that age. */
const bornYearsAgo = (years: number) => ({ day: "1", month: "1", year: String(new Date().getUTCFullYear() - years) });

const withAge = (slug: JourneySlug, years: number) => {
  const draft = draftAnswers(slug);
  return { ...draft, about: { ...draft.about, dateOfBirth: bornYearsAgo(years) } };
};

describe("rules across pages, checked before sending", () => {
  it("a young person under 16 must answer the page about their parents or carers", () => {
    const draft = { ...withAge("young-person", 14), consent: undefined };
    expect(issuesOf("young-person", draft)).toEqual([
      { path: ["consent"], message: "Answer the questions about your parents or carers" },
    ]);
  });

  it("a parent of a 12 to 15 year old must answer the agreement page, named by its title", () => {
    expect(issuesOf("parent-carer", withAge("parent-carer", 13))).toEqual([
      { path: ["agreement"], message: 'Answer the questions on "Your child\'s agreement"' },
    ]);
  });

  it("a parent of a 16 or 17 year old who has not agreed is sent back to the agreement page", () => {
    const draft = {
      ...withAge("parent-carer", 16),
      agreement: { youngPersonAgrees: "no", contactFirst: "parent", childPhone: "", childEmail: "" },
    };
    expect(issuesOf("parent-carer", draft)).toEqual([
      { path: ["agreement"], message: "At 16 or 17, your child needs to agree to this referral" },
    ]);
  });

  it("a professional without the person's agreement is sent back to the consent page", () => {
    const draft = draftAnswers("professional");
    const refused = { ...draft, consent: { ...draft.consent, personConsented: "no" } };
    expect(issuesOf("professional", refused)).toEqual([
      { path: ["consent"], message: "You need the person's agreement before you refer them" },
    ]);
  });

  it("a professional whose 16 or 17 year old was agreed for only by a parent is sent back to 'who agreed'", () => {
    const draft = { ...withAge("professional", 16), "who-agreed": { whoAgreed: "parent" } };
    expect(issuesOf("professional", draft)).toEqual([
      { path: ["who-agreed"], message: "At 16 or 17, the young person needs to agree to this referral themselves" },
    ]);
  });

  it("an information page that applies (the crisis lines after a yes) is never asked to be answered", () => {
    const draft = {
      ...draftAnswers("parent-carer"),
      risk: { selfHarmThoughts: "yes" },
      "risk-soon": { mayActSoon: "no" },
    };
    expect(issuesOf("parent-carer", draft)).toEqual([]);
  });
});
