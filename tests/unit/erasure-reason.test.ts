import { describe, expect, it } from "vitest";
import { ERASURE_REASONS, erasureCaseReference, erasureReason } from "@/lib/triage/erasure";

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

  it("accepts each of the four fixed reasons, and asks for one in plain words when none is chosen", () => {
    for (const reason of Object.keys(ERASURE_REASONS)) expect(erasureReason.safeParse(reason).success).toBe(true);
    const missing = erasureReason.safeParse(undefined);
    expect(missing.success || missing.error.issues[0]?.message).toBe("Select why this record is being erased");
  });

  it("keeps a case number without the spaces around it, and keeps no case number when none is given", () => {
    expect(erasureCaseReference.parse("  IG-2026/041 ")).toBe("IG-2026/041");
    expect(erasureCaseReference.parse("")).toBeUndefined();
    expect(erasureCaseReference.parse("   ")).toBeUndefined();
  });

  it("takes a case number of up to 30 characters, not 31", () => {
    expect(erasureCaseReference.safeParse("A".repeat(30)).success).toBe(true);
    expect(messageFor("A".repeat(31))).toBe("Case number must be 30 characters or fewer");
  });

  it("refuses a case number with anything but letters, digits, hyphens and slashes, saying which are allowed", () => {
    for (const value of ["IG 2026", "IG_2026", "IG.2026", "#1"])
      expect(messageFor(value)).toBe("Case number can only include letters, numbers, hyphens and slashes");
    expect(messageFor("IG-2026/041-xyz")).toBeUndefined();
  });

  it("refuses ten digits in a row however they are split by slashes or hyphens, but not nine", () => {
    for (const value of ["943/476/5919", "IG-9434765919", "9-4-3-4-7-6-5-9-1-9"])
      expect(messageFor(value)).toBe("Case number must not be an NHS number");
    expect(messageFor("IG-943476591")).toBeUndefined();
    expect(messageFor("IG-94347-A-65919")).toBeUndefined();
  });
});

/** The message shown for a case number, or undefined when it is accepted. */
function messageFor(value: string): string | undefined {
  const result = erasureCaseReference.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}
