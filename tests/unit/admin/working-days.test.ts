import { describe, expect, it } from "vitest";
import { workingDaysBetween, type OfficeHours } from "@/lib/calendar";
import { waitingFor } from "@/lib/triage/working-days";

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"] as const;
const england: OfficeHours = { days: weekdays, opens: "09:00", closes: "17:00", bankHolidays: "england-and-wales" };
const scotland: OfficeHours = { ...england, bankHolidays: "scotland" };

describe("working days waited", () => {
  it.each([
    ["2026-11-16", "2026-11-16", 0], // Monday to Monday
    ["2026-11-16", "2026-11-17", 1],
    ["2026-11-20", "2026-11-23", 1], // Friday to Monday skips the weekend
    ["2026-11-21", "2026-11-23", 1], // Saturday to Monday
    ["2026-11-16", "2026-11-30", 10], // two weeks
    ["2026-11-23", "2026-11-16", 0], // end before start
    ["2026-12-24", "2026-12-29", 1], // Christmas Day and the Boxing Day substitute are not working days
    ["2026-08-28", "2026-09-01", 1], // Friday to Tuesday over the August bank holiday
    ["2026-04-02", "2026-04-07", 1], // Thursday to Tuesday over Good Friday and Easter Monday
  ])("in England and Wales, from %s to %s is %i", (from, to, expected) => {
    expect(workingDaysBetween(day(from), day(to), england)).toBe(expected);
  });

  it("keeps the team's own nation's bank holidays", () => {
    // St Andrew's Day (Monday 30 November 2026) is a holiday in Scotland only.
    expect(workingDaysBetween(day("2026-11-27"), day("2026-12-01"), england)).toBe(2);
    expect(workingDaysBetween(day("2026-11-27"), day("2026-12-01"), scotland)).toBe(1);
  });

  it("counts by UK local days, so a form sent at 00:30 in summer belongs to that day", () => {
    // 23:30 UTC on Sunday 28 June is 00:30 on Monday 29 June in London.
    expect(workingDaysBetween(new Date("2026-06-28T23:30:00Z"), day("2026-06-29"), england)).toBe(0);
  });

  it("flags a referral still open past the target, but not a decided one", () => {
    expect(waitingFor(day("2026-11-02"), day("2026-11-16"), 5, true, england)).toEqual({
      workingDays: 10,
      overdue: true,
    });
    expect(waitingFor(day("2026-11-02"), day("2026-11-16"), 5, false, england)).toEqual({
      workingDays: 10,
      overdue: false,
    });
    expect(waitingFor(day("2026-11-09"), day("2026-11-16"), 5, true, england)).toEqual({
      workingDays: 5,
      overdue: false,
    });
  });
});
