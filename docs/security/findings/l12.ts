import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-12 (Low) in the security review of 4 December 2026.
export const l12: Finding = {
  id: "L-12",
  title: "pg-boss keeps finished jobs for 30 days, and a failed job's output can hold the recipient's address",
  severity: "Low",
  status: "closed",
  fix: "Every queue deletes finished jobs after at most 7 days, and erasing a referral deletes its jobs in every queue and state, with any mail server reply they kept.",
  tests: [
    ...provedBy(
      "tests/integration/security/finished-job-retention.test.ts",
      "are deleted within a week in every queue, and no queue keeps them for ever (L-12)",
    ),
    ...provedBy(
      "tests/integration/admin/erasure-leaves-nothing.test.ts",
      "leaves the person's name, email, phone and NHS number in no table and no file",
    ),
  ],
};
