import { describe, expect, it } from "vitest";
import { csvCell, csvRow, toCsv } from "@/lib/triage/csv";

// The edges of the CSV-injection check (L-6) the main CSV tests leave open: each formula sign after
// a separator, with and without spaces, and cells that only look dangerous.

describe("CSV cells after a separator", () => {
  it.each(["a,=1", "a;+1", "a,-1", "a;@x", "a,  =1", "a;\t-1"])("defuses %j", (value) => {
    expect(csvCell(value)).toBe(`"'${value}"`);
  });

  it.each(["a-b", "a,b=c", "x = 1", "email@example.net", "1+1", "a;b"])("leaves %j as typed", (value) => {
    expect(csvCell(value)).toBe(`"${value}"`);
  });

  it("writes true and false as words, and a nothing in a row as an empty cell", () => {
    expect(csvCell(true)).toBe('"true"');
    expect(csvCell(false)).toBe('"false"');
    expect(csvCell(0)).toBe('"0"');
    expect(csvRow(["a", null, undefined, "", 1])).toBe('"a",,,,"1"');
  });

  it("writes a header alone as one line, and each row on its own CRLF line", () => {
    expect(toCsv(["A"], [])).toBe('\uFEFF"A"\r\n');
    expect(toCsv(["A"], [["1"], ["2"]])).toBe('\uFEFF"A"\r\n"1"\r\n"2"\r\n');
  });
});
