import { describe, expect, it } from "vitest";
import { journeys } from "@/lib/referrals/journeys/registry";
import { summarise } from "@/lib/referrals/summary";
import type { Answers, JourneySlug } from "@/lib/referrals/journeys/types";

// Born on 1 January, so the age is the same on every day of this year.
const bornYearsAgo = (years: number): Answers => ({
  about: {
    givenName: "Alex",
    familyName: "Testperson",
    dateOfBirth: { day: "1", month: "1", year: String(new Date().getUTCFullYear() - years) },
  },
});

const ageRow = (slug: JourneySlug, answers: Answers) =>
  summarise(journeys[slug], answers)
    .find((s) => s.rows.some((r) => r.key === "Date of birth"))
    ?.rows.find((r) => r.key === "Age");

describe("check your answers", () => {
  it.each([
    ["young-person", 14, "You are 14"],
    ["adult", 34, "You are 34"],
    ["parent-carer", 10, "Your child is 10"],
    ["professional", 16, "The person is 16"],
  ] as const)("shows the age worked out from the date of birth in the %s journey: %s, %s", (slug, years, sentence) => {
    const row = ageRow(slug, bornYearsAgo(years));
    expect(row?.value).toBe(sentence);
    expect(row?.changeHref).toBe(`/refer/${slug}/about?change=1`);
  });

  it("shows no age until there is a date of birth", () => {
    expect(ageRow("adult", { about: undefined })).toBeUndefined();
    expect(
      summarise(journeys.adult, {})
        .flatMap((s) => s.rows)
        .some((r) => r.key === "Age"),
    ).toBe(false);
  });
});
