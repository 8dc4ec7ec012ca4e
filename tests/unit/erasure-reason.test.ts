import { describe, expect, it } from "vitest";
import { erasureCaseReference, erasureReason } from "@/lib/triage/erasure";

// The erasure reason and case number go into an audit log nobody can change: no personal data.
describe("why a record is erased", () => {
  it("is one of a fixed set of reasons, never free text", () => {
    expect(erasureReason.safeParse("person-asked").success).toBe(true);
    expect(erasureReason.safeParse("Erasure request from Alex Testperson").success).toBe(false);
  });

  it.each([
    ["IG-2026/041", true],
    ["", true],
    ["Alex Testperson", false],
    ["alex@example.net", false],
    ["9434765919", false],
    ["943-476-5919", false],
    ["IG-" + "1".repeat(40), false],
  ])("accepts %j as a case number: %s", (value, accepted) => {
    expect(erasureCaseReference.safeParse(value).success).toBe(accepted);
  });
});
