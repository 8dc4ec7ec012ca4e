import { describe, expect, it } from "vitest";
import { nextReading, nextReadingSentence, spokenTime, type OfficeHours } from "@/lib/calendar";

const hours: OfficeHours = {
  days: ["monday", "tuesday", "wednesday", "thursday", "friday"],
  opens: "09:00",
  closes: "17:00",
  bankHolidays: "england-and-wales",
};

describe("when the team next reads forms", () => {
  it.each([
    ["Friday evening", "2026-11-20T18:30:00Z", "We next read forms on Monday 23 November at 9am."],
    ["Saturday", "2026-11-21T10:00:00Z", "We next read forms on Monday 23 November at 9am."],
    ["a weekday before opening", "2026-11-17T07:15:00Z", "We next read forms today at 9am."],
    ["a weekday after closing", "2026-11-17T17:00:00Z", "We next read forms tomorrow at 9am."],
    ["during office hours", "2026-11-17T10:00:00Z", "We are reading forms now, until 5pm today."],
    [
      "the Friday before a bank-holiday Monday",
      "2026-08-28T17:30:00Z",
      "We next read forms on Tuesday 1 September at 9am.",
    ],
    ["Christmas Eve evening", "2026-12-24T20:00:00Z", "We next read forms on Tuesday 29 December at 9am."],
    ["New Year's Eve evening", "2026-12-31T19:00:00Z", "We next read forms on Monday 4 January at 9am."],
    ["Good Friday", "2026-04-03T12:00:00Z", "We next read forms on Tuesday 7 April at 9am."],
  ])("on %s", (_when, now, sentence) => {
    expect(nextReadingSentence(new Date(now), hours)).toBe(sentence);
  });

  it("uses UK local time in summer (BST): 08:30 UTC is already 9:30am in London", () => {
    const reading = nextReading(new Date("2026-06-16T08:30:00Z"), hours);
    expect(reading).toEqual({ kind: "now", until: new Date("2026-06-16T16:00:00Z") });
    expect(nextReading(new Date("2026-06-16T16:30:00Z"), hours)).toEqual({
      kind: "later",
      at: new Date("2026-06-17T08:00:00Z"),
    });
  });

  it("crosses the clock change: Friday evening before the last Sunday of October", () => {
    // Clocks go back on 25 October 2026; Monday 9am is then 09:00 UTC.
    expect(nextReading(new Date("2026-10-23T17:00:00Z"), hours)).toEqual({
      kind: "later",
      at: new Date("2026-10-26T09:00:00Z"),
    });
  });

  it("follows the team's own days and bank holidays", () => {
    const scotland: OfficeHours = { ...hours, days: ["monday", "wednesday"], bankHolidays: "scotland" };
    // Friday 27 November; Monday 30 November is St Andrew's Day, so Wednesday.
    expect(nextReadingSentence(new Date("2026-11-27T12:00:00Z"), scotland)).toBe(
      "We next read forms on Wednesday 2 December at 9am.",
    );
  });

  it("writes times as GOV.UK does", () => {
    expect(spokenTime(9 * 60)).toBe("9am");
    expect(spokenTime(17 * 60 + 30)).toBe("5:30pm");
    expect(spokenTime(12 * 60)).toBe("midday");
    expect(spokenTime(0)).toBe("12am");
  });
});
