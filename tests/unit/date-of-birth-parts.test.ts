import { describe, expect, it } from "vitest";
import { dateOfBirth, toDate } from "../../lib/referrals/date-of-birth";

// The day, month and year fields turned into a real date, or refused, before any age is worked out.
describe("turning three fields into a date", () => {
  it("reads whole numbers, with spaces around them", () => {
    expect(toDate({ day: " 1", month: "2 ", year: "2000" })).toEqual(new Date(Date.UTC(2000, 1, 1)));
  });

  it("refuses anything that is not only digits, even what JavaScript would read as a number", () => {
    for (const day of ["1e1", "a1", "1a", "0x1", ""]) expect(toDate({ day, month: "1", year: "2000" })).toBeNull();
  });

  it("refuses a day or month that would roll over into another date", () => {
    expect(toDate({ day: "31", month: "2", year: "2000" })).toBeNull();
    expect(toDate({ day: "0", month: "1", year: "2000" })).toBeNull();
    expect(toDate({ day: "1", month: "13", year: "2000" })).toBeNull();
  });

  it("refuses a two-digit year rather than reading it as 19xx", () => {
    expect(toDate({ day: "1", month: "1", year: "0050" })).toBeNull();
  });
});

describe("the date of birth question", () => {
  const errors = (day: string, month: string, year: string) =>
    dateOfBirth("your date of birth")
      .safeParse({ day, month, year })
      .error?.issues.map((i) => i.message) ?? [];

  it("accepts 1900 itself and refuses the year before", () => {
    expect(errors("1", "1", "1900")).toEqual([]);
    expect(errors("31", "12", "1899")).toEqual(["Your date of birth must be after 1900"]);
  });

  it("asks for a number when a field is longer than a year", () => {
    expect(errors("1", "1", "20000")).toContain("Enter a number");
  });

  it("takes fields with spaces around them as the numbers typed", () => {
    expect(errors(" 1 ", " 1 ", " 2000 ")).toEqual([]);
  });
});
