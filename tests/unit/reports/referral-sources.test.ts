import { describe, expect, it } from "vitest";
import { sourceOf } from "@/lib/reports/sources";

describe("who referred", () => {
  it("counts a young person's and an adult's own referrals as self-referrals, and a parent's as a parent's", () => {
    expect(sourceOf({ journey: "YOUNG_PERSON_SELF", referrerRole: null })).toBe("self");
    expect(sourceOf({ journey: "ADULT_SELF", referrerRole: null })).toBe("self");
    expect(sourceOf({ journey: "PARENT_CARER", referrerRole: null })).toBe("parent");
  });

  it.each(["GP", "gp", "G.P.", "Salaried GP", "GP registrar", "GPwSI", "General practitioner", "Family doctor"])(
    "tells a GP by the role they typed: %s",
    (role) => expect(sourceOf({ journey: "PROFESSIONAL", referrerRole: role })).toBe("gp"),
  );

  it.each(["School nurse", "Social worker", "CAMHS practitioner", "Shopkeeper", "Paediatrician"])(
    "counts any other role as another professional: %s",
    (role) => expect(sourceOf({ journey: "PROFESSIONAL", referrerRole: role })).toBe("other-professional"),
  );

  it("says so when anonymisation has cleared a professional's role", () => {
    expect(sourceOf({ journey: "PROFESSIONAL", referrerRole: null })).toBe("professional-unknown");
    expect(sourceOf({ journey: "PROFESSIONAL", referrerRole: "  " })).toBe("professional-unknown");
  });
});
