import { describe, expect, it } from "vitest";
import { endOfUkDay, mondayOf, startOfUkDay, ukWeekOf, weeksCovering } from "@/lib/reports/weeks";

// In 2026 the UK's clocks go forward at 01:00 UTC on Sunday 29 March and back at 01:00 UTC on
// Sunday 25 October. Between the two, London is UTC+1, so 23:30 UTC on a Sunday is 00:30 on Monday.
describe("UK week bucketing", () => {
  it("puts a referral in the week of the London calendar day it arrived, Monday to Sunday", () => {
    expect(ukWeekOf(new Date("2026-12-07T09:00:00Z"))).toBe("2026-12-07"); // Monday
    expect(ukWeekOf(new Date("2026-12-13T23:59:00Z"))).toBe("2026-12-07"); // Sunday 23:59 GMT
    expect(ukWeekOf(new Date("2026-12-14T00:00:00Z"))).toBe("2026-12-14"); // Monday 00:00 GMT
  });

  it("counts 00:30 on a summer Monday (23:30 UTC on the Sunday) in the new week", () => {
    expect(ukWeekOf(new Date("2026-06-14T23:30:00Z"))).toBe("2026-06-15");
    expect(ukWeekOf(new Date("2026-06-14T22:59:00Z"))).toBe("2026-06-08"); // Sunday 23:59 BST
  });

  it("handles the week the clocks go forward (Sunday 29 March 2026)", () => {
    expect(ukWeekOf(new Date("2026-03-29T00:30:00Z"))).toBe("2026-03-23"); // 00:30 GMT Sunday
    expect(ukWeekOf(new Date("2026-03-29T22:30:00Z"))).toBe("2026-03-23"); // 23:30 BST Sunday
    expect(ukWeekOf(new Date("2026-03-29T23:30:00Z"))).toBe("2026-03-30"); // 00:30 BST Monday
  });

  it("handles the week the clocks go back (Sunday 25 October 2026)", () => {
    expect(ukWeekOf(new Date("2026-10-18T23:30:00Z"))).toBe("2026-10-19"); // 00:30 BST Monday
    expect(ukWeekOf(new Date("2026-10-25T23:30:00Z"))).toBe("2026-10-19"); // 23:30 GMT Sunday
    expect(ukWeekOf(new Date("2026-10-26T00:00:00Z"))).toBe("2026-10-26"); // 00:00 GMT Monday
  });

  it("finds the Monday of any day, across a month and a year end", () => {
    expect(mondayOf("2026-12-07")).toBe("2026-12-07");
    expect(mondayOf("2027-01-03")).toBe("2026-12-28");
    expect(mondayOf("2026-03-01")).toBe("2026-02-23");
  });

  it("lists every week a period touches, partial weeks at either end included", () => {
    expect(weeksCovering("2026-12-02", "2026-12-14")).toEqual(["2026-11-30", "2026-12-07", "2026-12-14"]);
    expect(weeksCovering("2026-12-07", "2026-12-13")).toEqual(["2026-12-07"]);
    expect(weeksCovering("2026-12-13", "2026-12-13")).toEqual(["2026-12-07"]);
  });

  it("starts and ends a London day at London midnight, in summer and in winter", () => {
    expect(startOfUkDay("2026-07-01").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(endOfUkDay("2026-07-01").toISOString()).toBe("2026-07-01T23:00:00.000Z");
    expect(startOfUkDay("2026-12-01").toISOString()).toBe("2026-12-01T00:00:00.000Z");
    // The day the clocks go back is 25 hours long.
    expect(endOfUkDay("2026-10-25").getTime() - startOfUkDay("2026-10-25").getTime()).toBe(25 * 3_600_000);
  });
});
