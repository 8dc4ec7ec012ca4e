import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  overdueCutoff,
  workingDaysBetween,
  workingMinutesBefore,
  workingMinutesBetween,
  type OfficeHours,
} from "@/lib/calendar";

const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"] as const;
const england: OfficeHours = { days: weekdays, opens: "09:00", closes: "17:00", bankHolidays: "england-and-wales" };
const at = (iso: string) => new Date(iso);

describe("working minutes waited", () => {
  it.each([
    ["2026-12-07T10:00:00Z", "2026-12-07T12:00:00Z", 120], // Monday morning, GMT
    ["2026-12-07T07:00:00Z", "2026-12-07T10:00:00Z", 60], // before opening counts from 9am
    ["2026-12-04T16:30:00Z", "2026-12-07T09:00:00Z", 30], // Friday 4:30pm to Monday 9am
    ["2026-12-04T16:30:00Z", "2026-12-07T10:30:00Z", 120], // ...two working hours by Monday 10:30
    ["2026-12-05T12:00:00Z", "2026-12-06T12:00:00Z", 0], // a weekend
    ["2026-12-24T16:00:00Z", "2026-12-29T10:00:00Z", 120], // Christmas and the Boxing Day substitute skipped
    ["2026-06-01T08:00:00Z", "2026-06-01T10:00:00Z", 120], // British Summer Time: 9am is 08:00 UTC
    ["2026-12-07T12:00:00Z", "2026-12-07T10:00:00Z", 0], // end before start
  ])("from %s to %s is %i", (from, to, expected) => {
    expect(workingMinutesBetween(at(from), at(to), england)).toBe(expected);
  });
});

describe("the overdue cut-off", () => {
  it("marks as overdue exactly the referrals the inbox counts as past the standard", () => {
    const instant = fc.date({ min: at("2026-01-01T00:00:00Z"), max: at("2027-12-31T00:00:00Z"), noInvalidDate: true });
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 40 * 24 * 60 }),
        fc.integer({ min: 1, max: 15 }),
        (created, waitedMinutes, target) => {
          const now = new Date(created.getTime() + waitedMinutes * 60_000);
          const overdue = workingDaysBetween(created, now, england) > target;
          expect(created < overdueCutoff(now, target, england)).toBe(overdue);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("is the start of the day six working days back for a five-day standard", () => {
    // Monday 7 December 2026: Monday 30 November is six working days back.
    expect(overdueCutoff(at("2026-12-07T12:00:00Z"), 5, england)).toEqual(at("2026-11-30T00:00:00Z"));
  });
});

describe("the instant an urgent referral's working hours run out", () => {
  it("escalates exactly the referrals that have waited the threshold in office hours", () => {
    const instant = fc.date({ min: at("2026-01-01T00:00:00Z"), max: at("2027-12-31T00:00:00Z"), noInvalidDate: true });
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 10 * 24 * 60 }),
        fc.integer({ min: 1, max: 2400 }),
        (created, waitedMinutes, threshold) => {
          const now = new Date(created.getTime() + waitedMinutes * 60_000);
          const waited = workingMinutesBetween(created, now, england) >= threshold;
          expect(created <= workingMinutesBefore(now, threshold, england)).toBe(waited);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reaches back over the weekend", () => {
    // Two working hours before Monday 7 December 2026 at 10:00 is Friday 4 December at 16:00.
    expect(workingMinutesBefore(at("2026-12-07T10:00:00Z"), 120, england)).toEqual(at("2026-12-04T16:00:00Z"));
  });
});
