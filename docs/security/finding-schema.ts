import { z } from "zod";
import { testReferenceSchema, text } from "../registers/test-reference";

// A finding of the security review of 4 December 2026 (shared/reviews/2026-12-04-security.md),
// and what became of it. Issue 13 is resolved only when every High and Medium is closed by a test
// that fails without the fix; tests/unit/security-findings.test.ts holds the register to that.
export const severities = ["High", "Medium", "Low", "Info"] as const;
export const statuses = ["closed", "accepted", "open"] as const;

// The review numbers each severity on its own: H-1, M-1, L-1, I-1.
const prefixOf = { High: "H", Medium: "M", Low: "L", Info: "I" } as const;

/** Part of the review's suggested fix (or of issue 13) deliberately not done, and why. */
const notDoneSchema = z.object({ what: text, reason: text }).strict();

export const findingSchema = z
  .object({
    id: z.string().regex(/^[HMLI]-\d{1,2}$/),
    title: text,
    severity: z.enum(severities),
    /** closed: fixed and proved; accepted: left as it is, for the reason given; open: still to do. */
    status: z.enum(statuses),
    /** What changed, in one sentence (for an open finding, what is still to change). */
    fix: text.max(400).refine((s) => !/\.\s+[A-Z]/.test(s), "the fix is one sentence"),
    /** The tests that fail if the fix is taken out. */
    tests: z.array(testReferenceSchema),
    /** Why an accepted finding is left as it is. */
    reason: text.optional(),
    notDone: z.array(notDoneSchema).default([]),
  })
  .strict()
  .refine((f) => f.id.startsWith(`${prefixOf[f.severity]}-`), {
    message: "the id's letter does not match the severity",
    path: ["id"],
  })
  .refine((f) => f.status !== "closed" || f.tests.length > 0, {
    message: "a closed finding names the tests that prove it",
    path: ["tests"],
  })
  .refine((f) => f.status !== "accepted" || f.reason !== undefined, {
    message: "an accepted finding records why",
    path: ["reason"],
  })
  .refine((f) => (f.severity !== "High" && f.severity !== "Medium") || f.status === "closed", {
    message: "every High and Medium finding must be closed (issue 13)",
    path: ["status"],
  });

export type Finding = z.input<typeof findingSchema>;
export type CheckedFinding = z.output<typeof findingSchema>;
export const findingRegisterSchema = z.array(findingSchema).min(1);
