import { describe, expect, it } from "vitest";
import { summarise } from "@/lib/referrals/summary";
import { gpOutcomeAddress } from "@/lib/referrals/journeys/gp-outcome-consent";
import { getQuestionStep, journeys } from "@/lib/referrals/journeys/registry";
import type { Answers } from "@/lib/referrals/journeys/types";

// Issue 17: only the professional journey's "where" page asks whether the person agrees to us telling
// their GP practice the outcome, and the practice's address; both optional, the address needed after "Yes".

const where = getQuestionStep(journeys.professional, "where")!;
const base = { postcode: "", noFixedAddress: [], gpPractice: "", nhsNumber: "" };
const errors = (page: Record<string, unknown>) => {
  const parsed = where.schema.safeParse({ ...base, ...page });
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the GP practice outcome question on the professional's where page", () => {
  it("may be left unanswered, as before", () => {
    expect(errors({})).toEqual([]);
    expect(errors({ gpMayHearOutcome: "", gpPracticeEmail: "" })).toEqual([]);
  });

  it("needs the practice's address after a Yes, in the right format", () => {
    expect(errors({ gpMayHearOutcome: "yes", gpPracticeEmail: "" })).toEqual([
      "gpPracticeEmail: Enter the GP practice's email address, or select no",
    ]);
    expect(errors({ gpMayHearOutcome: "yes", gpPracticeEmail: "reception at practice" })).toEqual([
      "gpPracticeEmail: Enter an email address in the correct format, like name@example.com",
    ]);
    expect(errors({ gpMayHearOutcome: "yes", gpPracticeEmail: "practice.x@nhs.net" })).toEqual([]);
    expect(errors({ gpMayHearOutcome: "maybe" })).toHaveLength(1);
  });

  it("needs the practice's address after a Yes when the address was not sent or is only spaces", () => {
    const needed = ["gpPracticeEmail: Enter the GP practice's email address, or select no"];
    expect(errors({ gpMayHearOutcome: "yes" })).toEqual(needed);
    expect(errors({ gpMayHearOutcome: "yes", gpPracticeEmail: "   " })).toEqual(needed);
  });

  it("is asked only of professionals", () => {
    for (const slug of ["adult", "young-person", "parent-carer"] as const) {
      const names = getQuestionStep(journeys[slug], "where")!.fields.map((f) => f.name);
      expect(names).not.toContain("gpMayHearOutcome");
      expect(names).not.toContain("gpPracticeEmail");
      expect(
        getQuestionStep(journeys[slug], "where")!.schema.safeParse({ ...base, gpMayHearOutcome: "yes" }).success,
      ).toBe(false);
    }
    expect(where.fields.map((f) => f.name)).toEqual(expect.arrayContaining(["gpMayHearOutcome", "gpPracticeEmail"]));
  });

  it("gives the practice's address only after a Yes", () => {
    expect(gpOutcomeAddress({ gpMayHearOutcome: "yes", gpPracticeEmail: " practice@nhs.net " })).toBe(
      "practice@nhs.net",
    );
    expect(gpOutcomeAddress({ gpMayHearOutcome: "no", gpPracticeEmail: "practice@nhs.net" })).toBeNull();
    expect(gpOutcomeAddress({ gpPracticeEmail: "practice@nhs.net" })).toBeNull();
    expect(gpOutcomeAddress({ gpMayHearOutcome: "yes", gpPracticeEmail: "" })).toBeNull();
    expect(gpOutcomeAddress({ gpMayHearOutcome: "yes" })).toBeNull();
    expect(gpOutcomeAddress({ gpMayHearOutcome: "yes", gpPracticeEmail: 7 })).toBeNull();
    expect(gpOutcomeAddress(undefined)).toBeNull();
  });

  it("shows on check answers with the page's labels, and the address only after a Yes", () => {
    const rows = (page: Record<string, unknown>) =>
      summarise(journeys.professional, { where: { ...base, ...page } } as Answers)
        .find((s) => s.stepId === "where")!
        .rows.map((r) => [r.key, r.value]);
    expect(rows({ gpMayHearOutcome: "yes", gpPracticeEmail: "practice@nhs.net" })).toEqual(
      expect.arrayContaining([
        ["Does the person agree to us telling their GP practice the outcome?", "Yes, they agree"],
        ["GP practice email address", "practice@nhs.net"],
      ]),
    );
    expect(rows({ gpMayHearOutcome: "no", gpPracticeEmail: "practice@nhs.net" }).map(([k]) => k)).not.toContain(
      "GP practice email address",
    );
  });
});
