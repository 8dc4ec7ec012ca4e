// Renders the findings register (docs/security/findings.ts) to Markdown. `npm run security:findings`
// writes docs/security/findings.md; tests/unit/security-findings.test.ts fails when it is stale.
import { cell, testCell } from "../registers/markdown";
import type { CheckedFinding } from "./finding-schema";

export function renderFindings(findings: readonly CheckedFinding[]): string {
  const lines = [
    "# Security findings",
    "",
    "<!-- Generated from docs/security/findings.ts by `npm run security:findings`. Do not edit by hand. -->",
    "",
    "Every finding of the security review of 4 December 2026 (`shared/reviews/2026-12-04-security.md`,",
    "OWASP ASVS 5.0 Level 2), what was done about it, and the automated tests that fail if the fix is",
    "taken out. `tests/unit/security-findings.test.ts` fails when a named test does not exist, when a",
    "High or Medium finding is not closed, when an accepted finding or a part not done has no reason,",
    "or when this file is out of date.",
    "",
    "## Summary",
    "",
    "| ID | Severity | Finding | Status |",
    "|---|---|---|---|",
    ...findings.map(
      (f) =>
        `| ${f.id} | ${f.severity} | ${cell(f.title)} | ${f.status}${f.notDone.length ? " (part not done)" : ""} |`,
    ),
    "",
  ];
  for (const f of findings) {
    lines.push(`## ${f.id}: ${f.title}`, "", `- **Severity:** ${f.severity}`, `- **Status:** ${f.status}`);
    lines.push(`- **${f.status === "open" ? "Still to do" : "Fix"}:** ${f.fix}`);
    if (f.reason) lines.push(`- **Why accepted:** ${f.reason}`);
    lines.push("");
    if (f.tests.length > 0) lines.push("Proved by:", "", ...f.tests.map((t) => `- ${testCell(t)}`), "");
    if (f.notDone.length > 0) {
      lines.push("Not done, and why:", "", ...f.notDone.map((n) => `- ${n.what}: ${n.reason}`), "");
    }
  }
  return lines.join("\n");
}
