import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { londonParts, workingDaysBetween } from "@/lib/calendar";
import { getService } from "@/lib/config/service";
import { ukDay, workingDayCounter } from "@/lib/reports/uk-day";

const hours = getService().officeHours;
// 2025 to 2027: two springs forward and two autumns back, and every bank holiday between.
const instant = fc.date({
  min: new Date("2025-01-01T00:00:00Z"),
  max: new Date("2027-12-31T23:59:59Z"),
  noInvalidDate: true,
});

describe("the reports' quick calendar agrees with lib/calendar", () => {
  it("gives the same London day as the time-zone data for any instant", () => {
    fc.assert(
      fc.property(instant, (t) => ukDay(t) === londonParts(t).isoDate),
      { numRuns: 3000 },
    );
  });

  it("gives the London day either side of both 2026 clock changes", () => {
    expect(ukDay(new Date("2026-03-29T00:59:59Z"))).toBe("2026-03-29");
    expect(ukDay(new Date("2026-03-29T22:59:59Z"))).toBe("2026-03-29");
    expect(ukDay(new Date("2026-03-29T23:00:00Z"))).toBe("2026-03-30");
    expect(ukDay(new Date("2026-10-24T22:59:59Z"))).toBe("2026-10-24");
    expect(ukDay(new Date("2026-10-24T23:00:00Z"))).toBe("2026-10-25");
    expect(ukDay(new Date("2026-10-25T23:59:59Z"))).toBe("2026-10-25");
    expect(ukDay(new Date("2026-10-26T00:00:00Z"))).toBe("2026-10-26");
  });

  it("counts the same working days as the inbox for any two instants, inside the range or not", () => {
    const between = workingDayCounter("2025-06-01", "2027-06-30", hours);
    fc.assert(
      fc.property(instant, instant, (a, b) => between(a, b) === workingDaysBetween(a, b, hours)),
      // The reference walks the calendar day by day, so fewer runs keep this under a second or two.
      { numRuns: 300 },
    );
  });

  it("skips weekends and bank holidays: Christmas 2026 to the first working day of 2027", () => {
    const between = workingDayCounter("2026-12-01", "2027-01-31", hours);
    // Thu 24 Dec → Mon 4 Jan: Fri 25, Mon 28 (substitute Boxing Day) and Fri 1 Jan are bank holidays,
    // so only Tue 29, Wed 30, Thu 31 Dec and Mon 4 Jan are worked.
    expect(between(new Date("2026-12-24T10:00:00Z"), new Date("2027-01-04T10:00:00Z"))).toBe(4);
    expect(between(new Date("2026-12-24T10:00:00Z"), new Date("2026-12-24T16:00:00Z"))).toBe(0);
  });
});
