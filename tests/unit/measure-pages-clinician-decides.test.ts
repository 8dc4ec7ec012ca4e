import { describe, expect, it } from "vitest";
import { applicableSteps } from "@/lib/referrals/flow";
import { getQuestionStep, journeys } from "@/lib/referrals/journeys/registry";
import type { Answers, JourneySlug } from "@/lib/referrals/journeys/types";

// Issue 16: before any questionnaire or score, the journey says why it is asked, that it may be
// skipped, and that a clinician, not a computer, decides what happens next.

const thisYear = new Date().getUTCFullYear();
const aged = (age: number) =>
  ({ about: { dateOfBirth: { day: "1", month: "1", year: String(thisYear - age) } } }) as unknown as Answers;

describe("the first page about standard measures", () => {
  it.each([
    ["adult", 34, "measures"],
    ["young-person", 15, "measures"],
    ["parent-carer", 10, "measures"],
    ["professional", 15, "scores"],
    ["professional", 40, "scores"],
  ] as [JourneySlug, number, string][])(
    "in the %s journey (person aged %i) is '%s' and says a clinician decides, no computer, and that it may be skipped",
    (slug, age, first) => {
      const journey = journeys[slug];
      const ids = applicableSteps(journey, aged(age)).map((s) => s.id);
      const measurePages = ids.filter((id) => ["measures", "scores", "phq9", "smfq", "smfq-parent"].includes(id));
      expect(measurePages[0]).toBe(first);
      const intro = (getQuestionStep(journey, first)?.intro ?? []).join(" ");
      expect(intro).toMatch(/A clinician reads every referral and decides what happens next/);
      expect(intro).toMatch(/no computer decides it/);
      expect(intro).toMatch(/you can still send/i);
    },
  );
});
