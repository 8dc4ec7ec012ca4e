import { describe, expect, it } from "vitest";
import { advisoryVerdict } from "@/lib/cli/advisory-verdict";

const report = (vulnerabilities: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities } });

describe("the dependency advisory check", () => {
  it("fails on any high or critical advisory", () => {
    expect(advisoryVerdict(report({ low: 2, moderate: 1, high: 1, critical: 0 }))).toEqual({
      kind: "fail",
      high: 1,
      critical: 0,
    });
    expect(advisoryVerdict(report({ critical: 1 }))).toMatchObject({ kind: "fail", critical: 1 });
  });

  it("passes with only low and moderate advisories", () => {
    expect(advisoryVerdict(report({ low: 3, moderate: 2, high: 0, critical: 0 }))).toMatchObject({ kind: "pass" });
  });

  it("says it could not run, never 'clean', when the registry does not serve advisories", () => {
    const refused = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
    });
    expect(advisoryVerdict(refused)).toEqual({ kind: "unavailable", reason: expect.stringContaining("405") });
    expect(advisoryVerdict("")).toMatchObject({ kind: "unavailable" });
  });
});
