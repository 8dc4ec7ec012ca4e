import { describe, expect, it } from "vitest";
import {
  afterChangePath,
  applicableSteps,
  canShowStep,
  checkPath,
  confirmationPath,
  crisisAudienceOf,
  firstStepPath,
  nextPath,
  previousPath,
  programmeFor,
  stepApplies,
} from "@/lib/referrals/flow";
import { journeys } from "@/lib/referrals/journeys/registry";
import type { Answers } from "@/lib/referrals/journeys/types";
import { draftAnswers } from "../helpers/journey-answers";

// Which page Continue and Back lead to, which pages apply at an age, and which programme is
// suggested to staff (lib/referrals/flow.ts), on the real journeys.

const { adult, professional, question } = journeys;
const thisYear = new Date().getUTCFullYear();
const bornYearsAgo = (years: number, extra: Answers = {}): Answers =>
  ({
    risk: { selfHarmThoughts: "no" },
    ...extra,
    about: { dateOfBirth: { day: "1", month: "1", year: String(thisYear - years) } },
  }) as Answers;

describe("page addresses", () => {
  it("builds each page's address from the journey's area and slug", () => {
    expect(firstStepPath(adult)).toBe("/refer/adult/risk");
    expect(checkPath(adult)).toBe("/refer/adult/check");
    expect(confirmationPath(adult)).toBe("/refer/adult/confirmation");
    expect(firstStepPath(question)).toBe("/enquire/question/question");
  });
});

describe("Continue", () => {
  it("leads to the next page that applies, skipping those that do not", () => {
    expect(nextPath(adult, { risk: { selfHarmThoughts: "no" } } as Answers, "risk")).toBe("/refer/adult/safety");
    expect(nextPath(adult, { risk: { selfHarmThoughts: "yes" } } as Answers, "risk")).toBe("/refer/adult/risk-soon");
  });

  it("leads from the last page to check your answers", () => {
    expect(nextPath(adult, {}, "needs")).toBe("/refer/adult/check");
    expect(nextPath(question, {}, "contact")).toBe("/enquire/question/check");
  });
});

describe("Back", () => {
  it("leads to the previous page that applies", () => {
    expect(previousPath(adult, { risk: { selfHarmThoughts: "no" } } as Answers, "about")).toBe("/refer/adult/safety");
    expect(previousPath(adult, {}, "check")).toBe("/refer/adult/needs");
    expect(previousPath(question, {}, "check")).toBe("/enquire/question/contact");
  });

  it("leads from the first page, or a page the journey does not have, to the start page of its area", () => {
    expect(previousPath(adult, {}, "risk")).toBe("/refer");
    expect(previousPath(adult, {}, "no-such-page")).toBe("/refer");
    expect(previousPath(question, {}, "question")).toBe("/enquire");
  });
});

describe("the page for an age no programme takes", () => {
  it("applies to a referral for someone of an age no programme takes, and not otherwise", () => {
    expect(stepApplies(adult, bornYearsAgo(5), "age-outside")).toBe(true);
    expect(stepApplies(adult, bornYearsAgo(34), "age-outside")).toBe(false);
    expect(stepApplies(adult, {}, "age-outside")).toBe(false);
    expect(applicableSteps(adult, bornYearsAgo(5)).map((s) => s.id)).toContain("age-outside");
  });

  it("never applies outside a referral", () => {
    expect(stepApplies({ ...adult, isReferral: false }, bornYearsAgo(5), "age-outside")).toBe(false);
  });
});

describe("which pages may be shown", () => {
  it("refuses a page the journey does not have", () => {
    expect(stepApplies(adult, {}, "no-such-page")).toBe(false);
    expect(canShowStep(adult, {}, "no-such-page")).toBe(false);
  });

  it("shows a page whose condition holds, and not one whose condition fails", () => {
    expect(canShowStep(adult, { risk: { selfHarmThoughts: "yes" } } as Answers, "risk-soon")).toBe(true);
    expect(canShowStep(adult, { risk: { selfHarmThoughts: "no" } } as Answers, "risk-soon")).toBe(false);
  });

  it("never leads through a 'we have moved you' page, and shows it only while the age still fits", () => {
    expect(applicableSteps(adult, bornYearsAgo(30)).map((s) => s.id)).not.toContain("moved-from-young-person");
    expect(applicableSteps(journeys["young-person"], bornYearsAgo(15)).map((s) => s.id)).not.toContain(
      "moved-from-adult",
    );
    expect(stepApplies(adult, bornYearsAgo(30), "moved-from-young-person")).toBe(false);
    expect(canShowStep(adult, bornYearsAgo(30), "moved-from-young-person")).toBe(true);
    expect(canShowStep(adult, bornYearsAgo(15), "moved-from-young-person")).toBe(false);
    expect(canShowStep(journeys["young-person"], bornYearsAgo(30), "moved-from-young-person")).toBe(false);
  });
});

describe("after changing an answer from the check page", () => {
  it("goes to the page that ends the route when one now applies", () => {
    const refused = { ...bornYearsAgo(30), consent: { personConsented: "no", safeguarding: "no" } } as Answers;
    expect(afterChangePath(professional, refused)).toBe("/refer/professional/cannot-continue");
  });

  it("goes to the first question that now applies and has no answer, else back to check", () => {
    expect(afterChangePath(question, { question: { question: "Hello" } } as Answers)).toBe("/enquire/question/contact");
    expect(afterChangePath(question, { question: { question: "Hello" }, contact: { name: "A" } } as Answers)).toBe(
      "/enquire/question/check",
    );
  });
});

describe("after changing an answer that brings an information page", () => {
  it("goes back to check your answers, never to the crisis lines page, which has nothing to answer", () => {
    const atRisk = {
      ...draftAnswers("adult"),
      risk: { selfHarmThoughts: "yes" },
      "risk-soon": { mayActSoon: "no" },
    } as Answers;
    expect(applicableSteps(adult, atRisk).map((s) => s.id)).toContain("risk-help");
    expect(afterChangePath(adult, atRisk)).toBe("/refer/adult/check");
  });
});

describe("whose crisis lines come first", () => {
  it("puts young people's lines first only in the young person's own form", () => {
    expect(crisisAudienceOf(journeys["young-person"])).toBe("young-person");
    expect(crisisAudienceOf(adult)).toBe("everyone");
    expect(crisisAudienceOf(journeys["parent-carer"])).toBe("everyone");
  });
});

describe("the programme suggested to staff", () => {
  it("follows the person's age on the day it is worked out", () => {
    const answers = {
      about: { dateOfBirth: { day: "14", month: "3", year: "2010" } },
    } as Answers;
    expect(programmeFor(adult, answers, new Date(Date.UTC(2028, 2, 13)))?.id).toBe("ipt-a");
    expect(programmeFor(adult, answers, new Date(Date.UTC(2028, 2, 14)))?.id).toBe("adult-ipt");
  });

  it("offers the family programme when a parent refers a child, and not when the child refers", () => {
    expect(programmeFor(journeys["parent-carer"], bornYearsAgo(12))?.id).toBe("fb-ipt");
    expect(programmeFor(professional, bornYearsAgo(12))?.id).toBe("ipt-a");
  });

  it("suggests nothing without a date of birth, or for an enquiry", () => {
    expect(programmeFor(adult, {})).toBeNull();
    expect(programmeFor(question, bornYearsAgo(30))).toBeNull();
  });
});
