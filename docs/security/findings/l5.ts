import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-5 (Low) in the security review of 4 December 2026.
export const l5: Finding = {
  id: "L-5",
  title:
    "Bulk export and subject access are GET requests with side effects and no step-up, and the export audit cannot tell whose records left",
  severity: "Low",
  status: "closed",
  fix: "Export and subject access are POST forms that need the current password (counted and audited like any re-check), each export records the referral ids it included, and each of those referrals' timelines shows it.",
  tests: [
    ...provedBy(
      "tests/integration/admin/downloads-need-password.test.ts",
      "refuses the export with %s, sending the person back to the same list with the error",
      "counts and audits a wrong password like any other re-check of it",
      "refuses a subject access download without the password, and gives it with the password",
    ),
    ...provedBy(
      "tests/integration/admin/data-protection.test.ts",
      "shows the export in the timeline of each referral it included, and only those",
    ),
  ],
  notDone: [
    {
      what: "A fresh password or code before erasing a referral or deactivating an account",
      reason:
        "both are admin-only, audited and behind the proxy's cross-site check, and erasure asks for a fixed reason and a case number; issue 13 asks the step-up for export and subject access only",
    },
  ],
};
