import { describe, expect, it } from "vitest";
import { bankHolidaySource, divisions, isBankHoliday, lastYearCovered } from "@/lib/calendar";
import data from "@/lib/calendar/bank-holidays.json";

describe("the bank holiday list", () => {
  it("still covers the next twelve months in every division (add the next year from GOV.UK when this fails)", () => {
    const aYearAhead = new Date();
    aYearAhead.setUTCFullYear(aYearAhead.getUTCFullYear() + 1);
    for (const division of divisions) {
      expect(lastYearCovered(division), `${division}: ${bankHolidaySource.url}`).toBeGreaterThanOrEqual(
        aYearAhead.getUTCFullYear(),
      );
    }
  });

  it("lists real dates, in order, none at a weekend (substitute days are listed instead)", () => {
    for (const division of divisions) {
      const days = data.divisions[division];
      expect([...days].sort()).toEqual(days);
      for (const iso of days) {
        const date = new Date(`${iso}T00:00:00Z`);
        expect(date.toISOString().slice(0, 10), iso).toBe(iso);
        expect([0, 6], `${division} ${iso}`).not.toContain(date.getUTCDay());
      }
    }
  });

  it("tells the nations apart", () => {
    expect(isBankHoliday("2027-03-17", "northern-ireland")).toBe(true); // St Patrick's Day
    expect(isBankHoliday("2027-03-17", "england-and-wales")).toBe(false);
    expect(isBankHoliday("2027-03-29", "scotland")).toBe(false); // no Easter Monday in Scotland
    expect(isBankHoliday("2027-03-29", "england-and-wales")).toBe(true);
    expect(isBankHoliday("2027-01-04", "scotland")).toBe(true); // 2 January substitute
  });
});
