import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findingRegisterSchema, type Finding } from "@/docs/security/finding-schema";
import { findings } from "@/docs/security/findings";
import { renderFindings } from "@/docs/security/render-findings";
import { missingTest } from "../helpers/named-tests";

// Issue 13 is resolved only when each finding of the security review is shown closed by a test
// that fails without the fix. This keeps docs/security/findings.md true as the code moves.
const proofs = findings.flatMap((f) => f.tests.map((t) => [f.id, t.file, t.title] as const));
const closedHigh: Finding = findings.find((f) => f.id === "H-1")!;

describe("the security findings register", () => {
  it("holds every finding of the review of 4 December 2026, once each, in the review's order", () => {
    const numbered = (letter: string, count: number) => Array.from({ length: count }, (_, i) => `${letter}-${i + 1}`);
    expect(findings.map((f) => f.id)).toEqual([
      ...numbered("H", 2),
      ...numbered("M", 8),
      ...numbered("L", 12),
      ...numbered("I", 5),
    ]);
  });

  it.each(proofs)('%s: the test file %s exists and holds the test "%s"', (_id, file, title) => {
    expect(missingTest({ file, title })).toBeNull();
  });

  it("has every High and Medium finding closed, each by at least one test", () => {
    const severe = findings.filter((f) => f.severity === "High" || f.severity === "Medium");
    expect(severe.filter((f) => f.status !== "closed" || f.tests.length === 0).map((f) => f.id)).toEqual([]);
  });

  it("refuses a High or Medium finding that is accepted or open, whatever its reason", () => {
    for (const status of ["accepted", "open"] as const) {
      expect(() => findingRegisterSchema.parse([{ ...closedHigh, status, reason: "We would rather not." }])).toThrow(
        /every High and Medium finding must be closed/,
      );
    }
  });

  it("refuses an accepted finding with no reason, and a part not done with no reason", () => {
    const low: Finding = { ...closedHigh, id: "L-99", severity: "Low" };
    expect(() => findingRegisterSchema.parse([{ ...low, status: "accepted" }])).toThrow(/records why/);
    expect(() => findingRegisterSchema.parse([{ ...low, notDone: [{ what: "A CAPTCHA", reason: "" }] }])).toThrow();
    expect(findingRegisterSchema.parse([{ ...low, status: "accepted", reason: "Not worth it here." }])).toHaveLength(1);
  });

  it("refuses a closed finding that names no test, and a test outside tests/", () => {
    expect(() => findingRegisterSchema.parse([{ ...closedHigh, tests: [] }])).toThrow(/names the tests/);
    const outside = { ...closedHigh, tests: [{ file: "docs/notes.md", title: "it works" }] };
    expect(() => findingRegisterSchema.parse([outside])).toThrow();
  });

  it("refuses an id whose letter does not match its severity, and a fix longer than one sentence", () => {
    expect(() => findingRegisterSchema.parse([{ ...closedHigh, severity: "Low" }])).toThrow(/letter/);
    expect(() => findingRegisterSchema.parse([{ ...closedHigh, fix: "Fixed it. Then fixed it again." }])).toThrow(
      /one sentence/,
    );
  });

  it("finds a named test that does not exist, or a file that holds no test of that title", () => {
    expect(missingTest({ file: "tests/unit/no-such-file.test.ts", title: "anything" })).toMatch(/does not exist/);
    // Built at run time, so these words are nowhere in this file.
    const absent = ["a test", "never written"].join(" that was ");
    expect(missingTest({ file: "tests/unit/security-findings.test.ts", title: absent })).toMatch(/has no test titled/);
  });

  it("is published as docs/security/findings.md exactly as the data says (run npm run security:findings)", () => {
    expect(readFileSync("docs/security/findings.md", "utf8")).toBe(renderFindings(findings));
  });
});
