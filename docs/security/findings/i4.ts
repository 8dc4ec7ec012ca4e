import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// I-4 (Info) in the security review of 4 December 2026.
export const i4: Finding = {
  id: "I-4",
  title: "Every staff member can see every referral: no need-to-know scoping",
  severity: "Info",
  status: "accepted",
  fix: "Unchanged: the team triages together, and every search and view is audited (never the words searched).",
  reason:
    "A small IPT team triages one shared inbox, so scoping by assignee would hide referrals from the people covering for each other; the deploying organisation decides whether its team size fits (Caldicott principle 3).",
  tests: [
    ...provedBy(
      "tests/integration/admin/audit-completeness.test.ts",
      "records that a search was made, but never the words searched",
    ),
  ],
};
