import { describe, expect, it } from "vitest";
import { getJourney, journeys } from "@/lib/referrals/journeys/registry";

// /refer/<slug> and /enquire/<slug> look journeys up by address: a referral form must never open
// under /enquire, nor an enquiry under /refer (each area has its own start page and wording).

describe("finding a journey by its address", () => {
  it("finds each journey under its own area, and with no area given", () => {
    for (const journey of Object.values(journeys)) {
      expect(getJourney(journey.slug, journey.area)).toBe(journey);
      expect(getJourney(journey.slug)).toBe(journey);
    }
  });

  it("finds no journey under the other area", () => {
    expect(getJourney("adult", "enquire")).toBeNull();
    expect(getJourney("training", "refer")).toBeNull();
  });

  it("finds nothing for a slug that is not a journey, even an object's own property name", () => {
    expect(getJourney("nobody")).toBeNull();
    expect(getJourney("toString", "refer")).toBeNull();
  });
});
