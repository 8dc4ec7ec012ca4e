import { describe, expect, it } from "vitest";
import { waitingFor, workingDaysBetween } from "@/lib/triage/working-days";

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("working days waited", () => {
  it.each([
    ["2026-11-16", "2026-11-16", 0], // Monday to Monday
    ["2026-11-16", "2026-11-17", 1],
    ["2026-11-20", "2026-11-23", 1], // Friday to Monday skips the weekend
    ["2026-11-21", "2026-11-23", 1], // Saturday to Monday
    ["2026-11-16", "2026-11-30", 10], // two weeks
    ["2026-11-23", "2026-11-16", 0], // end before start
  ])("from %s to %s is %i", (from, to, expected) => {
    expect(workingDaysBetween(day(from), day(to))).toBe(expected);
  });

  it("flags a referral still open past the target, but not a decided one", () => {
    expect(waitingFor(day("2026-11-02"), day("2026-11-16"), 5, true)).toEqual({ workingDays: 10, overdue: true });
    expect(waitingFor(day("2026-11-02"), day("2026-11-16"), 5, false)).toEqual({ workingDays: 10, overdue: false });
    expect(waitingFor(day("2026-11-09"), day("2026-11-16"), 5, true)).toEqual({ workingDays: 5, overdue: false });
  });
});
