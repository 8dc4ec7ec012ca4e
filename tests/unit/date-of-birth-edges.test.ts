import { afterEach, describe, expect, it, vi } from "vitest";
import { dateOfBirth } from "@/lib/referrals/date-of-birth";

// The date of birth question's remaining edges (issue 18's survivors in date-of-birth.ts).

const issues = (value: unknown) =>
  dateOfBirth("your date of birth")
    .safeParse(value)
    .error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("the date of birth question, at its edges", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("asks for a number in a field that was not sent as text", () => {
    expect(issues({ day: 1, month: "1", year: "2000" })).toEqual(["day: Enter a number"]);
    expect(issues({ day: "1", month: "1" })).toEqual(["year: Enter a number"]);
  });

  it("asks for a number in a field longer than a year, and says the year needs exactly 4 numbers", () => {
    expect(issues({ day: "1", month: "1", year: "20000" })).toEqual([
      "year: Enter a number",
      ": Year must include 4 numbers",
    ]);
    expect(issues({ day: "1", month: "1", year: "x2000" })).toEqual([
      "year: Enter a number",
      ": Year must include 4 numbers",
    ]);
    expect(issues({ day: "1", month: "1", year: "2000x" })).toEqual([
      "year: Enter a number",
      ": Year must include 4 numbers",
    ]);
  });

  it("accepts someone born today, even in the first millisecond of the day", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.UTC(2026, 11, 6)));
    expect(issues({ day: "6", month: "12", year: "2026" })).toEqual([]);
    expect(issues({ day: "7", month: "12", year: "2026" })).toEqual([": Your date of birth must be in the past"]);
  });

  it("says which parts are missing, however many spaces were typed", () => {
    expect(issues({ day: " ", month: "1", year: " " })).toEqual([": Your date of birth must include a day and year"]);
    expect(issues({ day: " ", month: " ", year: " " })).toEqual([": Enter your date of birth"]);
  });
});
