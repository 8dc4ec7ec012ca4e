import { describe, expect, it } from "vitest";
import { whoField } from "@/lib/referrals/journeys/choose-journey";

// The clinical review: "about 12 to 18" beside "18 or over" claimed an 18-year-old twice, and no source gives 12.
describe("the start page's choices", () => {
  it("give the young person's form to under-18s and the adult form from 18, never both", () => {
    const label = (value: string) => whoField.options.find((o) => o.value === value)!.label;
    expect(label("young-person")).toBe("Me, and I am a young person (under 18)");
    expect(label("adult")).toBe("Me, and I am an adult (18 or over)");
  });
});
