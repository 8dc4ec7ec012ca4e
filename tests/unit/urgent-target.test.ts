import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WaitingCell } from "@/components/admin/waiting-cell";
import type { OfficeHours } from "@/lib/calendar";
import { urgentDue, waitingAgainstTarget } from "@/lib/triage/urgent-target";
import type { Waiting } from "@/lib/triage/working-days";

// Issue 10: an urgent referral's target in the inbox is its same-working-day call, due by the close
// of the first working day the team reads it (bank holidays skipped), not the routine 5 working days.

const hours: OfficeHours = {
  days: ["monday", "tuesday", "wednesday", "thursday", "friday"],
  opens: "09:00",
  closes: "17:00",
  bankHolidays: "england-and-wales",
};

describe("when an urgent referral's same-day call is due", () => {
  it.each([
    ["during office hours: by closing time that day", "2026-12-02T10:30:00Z", "2026-12-02T17:00:00Z"],
    ["just before closing: still that day", "2026-12-02T16:55:00Z", "2026-12-02T17:00:00Z"],
    ["before opening: by closing time that day", "2026-12-02T07:00:00Z", "2026-12-02T17:00:00Z"],
    ["after closing: by closing time the next working day", "2026-12-02T17:00:00Z", "2026-12-03T17:00:00Z"],
    ["on a Friday evening: by closing time on Monday", "2026-12-04T19:00:00Z", "2026-12-07T17:00:00Z"],
    ["on a Saturday: by closing time on Monday", "2026-12-05T11:00:00Z", "2026-12-07T17:00:00Z"],
    [
      "on Christmas Eve evening: past Christmas Day and the Boxing Day holiday, Tuesday",
      "2026-12-24T18:00:00Z",
      "2026-12-29T17:00:00Z",
    ],
    ["on the Friday before the spring bank holiday Monday: Tuesday", "2027-05-28T18:00:00Z", "2027-06-01T16:00:00Z"],
    ["in summer time: 5pm in London, 4pm UTC", "2027-06-02T09:00:00Z", "2027-06-02T16:00:00Z"],
  ])("sent %s", (_when, sent, due) => {
    expect(urgentDue(new Date(sent), hours).toISOString()).toBe(new Date(due).toISOString());
  });
});

describe("an urgent referral's waiting against its own target", () => {
  const sent = new Date("2026-12-04T19:00:00Z"); // Friday evening: due Monday 5pm
  const urgent = { createdAt: sent, urgent: true };

  it("is not overdue before the due time, and is at and after it while still waiting for the team", () => {
    expect(waitingAgainstTarget(urgent, new Date("2026-12-07T16:59:00Z"), 5, true, hours)).toEqual({
      workingDays: 1,
      overdue: false,
      urgentDue: new Date("2026-12-07T17:00:00Z"),
    });
    expect(waitingAgainstTarget(urgent, new Date("2026-12-07T17:00:00Z"), 5, true, hours).overdue).toBe(true);
  });

  it("is past its target within a day, long before the routine 5 working days", () => {
    const tuesday = new Date("2026-12-08T10:00:00Z");
    expect(waitingAgainstTarget(urgent, tuesday, 5, true, hours).overdue).toBe(true);
    expect(waitingAgainstTarget({ ...urgent, urgent: false }, tuesday, 5, true, hours)).toEqual({
      workingDays: 2,
      overdue: false,
    });
  });

  it("is never overdue once the team has finished with it", () => {
    expect(waitingAgainstTarget(urgent, new Date("2026-12-09T10:00:00Z"), 5, false, hours).overdue).toBe(false);
  });
});

describe("the inbox's waiting cell", () => {
  const cell = (waiting: Waiting) =>
    renderToStaticMarkup(createElement(WaitingCell, { waiting, targetWorkingDays: 5 })).replace(/<[^>]+>/g, " ");

  it("gives an urgent referral its own target, in UK time, and says in words when it is past", () => {
    const due = new Date("2026-12-07T17:00:00Z");
    expect(cell({ workingDays: 0, overdue: false, urgentDue: due })).toMatch(
      /0 working days\s+Urgent target: call by 7 Dec 2026, 17:00/,
    );
    const past = renderToStaticMarkup(
      createElement(WaitingCell, { waiting: { workingDays: 1, overdue: true, urgentDue: due }, targetWorkingDays: 5 }),
    );
    expect(past).toContain('class="admin-overdue"');
    expect(past).toContain("Past the urgent target: call was due by 7 Dec 2026, 17:00");
    expect(past).not.toContain("5-day target");
  });

  it("keeps the routine target for a routine referral", () => {
    expect(cell({ workingDays: 7, overdue: true })).toContain("7 working days (over the 5-day target)");
    expect(cell({ workingDays: 1, overdue: false })).not.toContain("target");
  });
});
