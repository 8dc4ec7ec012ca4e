import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// M-3 (Medium) in the security review of 4 December 2026.
export const m3: Finding = {
  id: "M-3",
  title: "Erasure is incomplete, and personal data written into the reason is kept forever in the audit log",
  severity: "Medium",
  status: "closed",
  fix: "The erasure reason is a fixed choice plus a checked case number, and erasure removes the referral with its notes, changes, views, jobs and local mail files, leaving an audit trace without personal data.",
  tests: [
    ...provedBy(
      "tests/integration/admin/erasure-leaves-nothing.test.ts",
      "leaves the person's name, email, phone and NHS number in no table and no file",
    ),
    ...provedBy(
      "tests/integration/admin/data-protection.test.ts",
      "deletes the local copies of an erased referral's emails, and no one else's",
      "erases a referral completely, leaving an audit trace without personal data",
    ),
    ...provedBy(
      "tests/unit/erasure-reason.test.ts",
      "is one of a fixed set of reasons, never free text",
      "accepts %j as a case number: %s",
    ),
  ],
};
